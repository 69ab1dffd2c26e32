using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.ListEnterprises;

/// <summary>One line of the enterprise list; the two flags are as of today (Beijing time).</summary>
public sealed record EnterpriseRow(
    Guid Id,
    string Uscc,
    string Name,
    string? RegionCode,
    string RegionName,
    string? ZoneName,
    string FieldLabel,
    DateOnly? FoundedOn,
    bool AboveDesignatedSize,
    string ListingLabel,
    bool HighTechValid,
    bool TechSmeThisYear);

/// <summary>
/// 企业名录: filtered, sorted, paged. Built for a million enterprises: the page query is a plain indexed scan with no
/// per-row subquery, the count stops at <see cref="Page{T}.CountCap"/>, and the flags are looked up for the page's
/// ids only, in two small queries.
/// </summary>
public sealed class ListEnterprises(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<EnterpriseRow>> ExecuteAsync(EnterpriseFilter filter, PageRequest page, DataScope scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(scope);
        var today = EnterpriseQueries.Today(clock);
        var filtered = EnterpriseQueries.Filtered(db, filter, scope, today);
        var items = await EnterpriseQueries.Sorted(filtered, page.Sort, page.Descending)
            .Skip((page.SafePage - 1) * page.SafeSize)
            .Take(page.SafeSize)
            .Select(e => new
            {
                e.Id, e.Uscc, e.Name, e.RegionCode, e.ZoneCode, e.TechField, e.FoundedOn, e.AboveDesignatedSize, e.Listing,
            })
            .ToListAsync(cancellationToken);
        // Counted without ORDER BY, so the database need not sort what it only counts.
        var counted = await filtered.Take(Page<EnterpriseRow>.CountCap + 1).CountAsync(cancellationToken);

        var ids = items.Select(e => e.Id).ToList();
        HashSet<Guid> highTech = ids.Count == 0 ? [] : (await EnterpriseQueries.ValidHighTech(db, today).Where(id => ids.Contains(id))
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        HashSet<Guid> techSme = ids.Count == 0 ? [] : (await EnterpriseQueries.TechSmeIn(db, today.Year).Where(id => ids.Contains(id))
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var rows = items.Select(e => new EnterpriseRow(
                e.Id, e.Uscc, e.Name, e.RegionCode,
                e.RegionCode is null ? "" : RegionCatalog.NameOf(e.RegionCode) ?? e.RegionCode,
                DevelopmentZones.NameOf(e.ZoneCode),
                RegistryLabels.Label(RegistryLabels.TechFields, e.TechField),
                e.FoundedOn, e.AboveDesignatedSize,
                RegistryLabels.Label(RegistryLabels.Listings, e.Listing),
                highTech.Contains(e.Id), techSme.Contains(e.Id)))
            .ToList();
        return new Page<EnterpriseRow>(rows, Math.Min(counted, Page<EnterpriseRow>.CountCap), counted > Page<EnterpriseRow>.CountCap,
            page.SafePage, page.SafeSize);
    }
}
