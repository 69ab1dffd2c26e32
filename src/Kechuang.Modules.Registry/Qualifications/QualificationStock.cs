using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications;

/// <summary>
/// How many enterprises hold a qualification in a region (and everything below it: 610100 counts its districts), as
/// the cockpit's targets read them (高新技术企业数量净增, 科技型中小企业入库数…). Counts are of distinct enterprises:
/// two overlapping certificates of one enterprise are a data error and must not count it twice. An empty region code
/// counts everywhere; a scope, when given, narrows the count to what a user may see (the lists' header figures).
/// </summary>
public sealed class QualificationStock(KechuangDbContext db)
{
    /// <summary>Enterprises with a high-tech certificate valid on the day (<see cref="HighTechCertificate.IsValidOn"/>).</summary>
    public Task<int> ValidHighTechCount(string regionCode, DateOnly on, CancellationToken cancellationToken = default) =>
        ValidHighTechCount(regionCode, on, null, cancellationToken);

    public Task<int> ValidHighTechCount(string? regionCode, DateOnly on, DataScope? scope, CancellationToken cancellationToken = default) =>
        InRegion(Scoped(db.HighTechCertificates().AsNoTracking(), scope), regionCode)
            .Where(ValidOn(on))
            .Select(c => c.EnterpriseId).Distinct().CountAsync(cancellationToken);

    /// <summary>净增 over the period from..to (both inclusive): the stock at its end less the stock the day before it began.</summary>
    public async Task<int> NetHighTechChange(string regionCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await ValidHighTechCount(regionCode, to, cancellationToken) - await ValidHighTechCount(regionCode, from.AddDays(-1), cancellationToken);

    /// <summary>Enterprises registered as 科技型中小企业 for the year whose registration was not revoked.</summary>
    public Task<int> TechSmeRegistered(string regionCode, int year, CancellationToken cancellationToken = default) =>
        InRegion(db.TechSmeRegistrations().AsNoTracking(), regionCode)
            .Where(r => r.Year == year && r.RevokedOn == null)
            .Select(r => r.EnterpriseId).Distinct().CountAsync(cancellationToken);

    public Task<int> GrowthCount(string regionCode, GrowthKind kind, int year, CancellationToken cancellationToken = default) =>
        InRegion(db.GrowthRecognitions().AsNoTracking(), regionCode)
            .Where(r => r.Kind == kind && r.Year == year)
            .Select(r => r.EnterpriseId).Distinct().CountAsync(cancellationToken);

    /// <summary>Enterprises in the 高企培育库 on the day (<see cref="PoolMembership.IsMemberOn"/>).</summary>
    public Task<int> PoolMembers(string regionCode, DateOnly on, CancellationToken cancellationToken = default) =>
        InRegion(db.PoolMemberships().AsNoTracking(), regionCode)
            .Where(m => m.EnteredOn <= on && (m.LeftOn == null || m.LeftOn > on))
            .Select(m => m.EnterpriseId).Distinct().CountAsync(cancellationToken);

    /// <summary>The SQL form of <see cref="HighTechCertificate.IsValidOn"/>; the lists' 有效 filter uses the same.</summary>
    internal static System.Linq.Expressions.Expression<Func<HighTechCertificate, bool>> ValidOn(DateOnly on) =>
        c => c.IssuedOn <= on && on < c.ValidUntil && (c.RevokedOn == null || c.RevokedOn > on);

    internal static IQueryable<T> InRegion<T>(IQueryable<T> records, string? regionCode)
        where T : RegistryRecord
    {
        if (string.IsNullOrWhiteSpace(regionCode))
        {
            return records;
        }
        var prefix = DataScopeQueries.SignificantPrefix(regionCode.Trim());
        return records.Where(r => r.RegionCode != null && r.RegionCode.StartsWith(prefix));
    }

    private static IQueryable<T> Scoped<T>(IQueryable<T> records, DataScope? scope)
        where T : RegistryRecord => scope is null ? records : records.WhereVisibleTo(scope);
}
