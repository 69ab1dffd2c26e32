using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications;

/// <summary>A qualification row with its enterprise's name and USCC, member-initialised so EF filters and sorts on it.</summary>
internal sealed class WithEnterprise<T>
{
    public required T Record { get; init; }
    public required string EnterpriseName { get; init; }
    public required string Uscc { get; init; }
}

internal static class WithEnterpriseQueries
{
    /// <summary>The visible records of a region (and below) joined to their enterprises, optionally searched by name or USCC.</summary>
    public static IQueryable<WithEnterprise<T>> Joined<T>(KechuangDbContext db, IQueryable<T> records, DataScope scope,
        System.Linq.Expressions.Expression<Func<T, Guid>> enterpriseId, string? region, string? search)
        where T : RegistryRecord
    {
        var visible = QualificationStock.InRegion(records.AsNoTracking().WhereVisibleTo(scope), region);
        var joined = visible.Join(db.Enterprises().AsNoTracking(), enterpriseId, e => e.Id,
            (r, e) => new WithEnterprise<T> { Record = r, EnterpriseName = e.Name, Uscc = e.Uscc });
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var upper = text.ToUpperInvariant();
            joined = joined.Where(j => j.EnterpriseName.Contains(text) || j.Uscc == upper);
        }
        return joined;
    }
}
