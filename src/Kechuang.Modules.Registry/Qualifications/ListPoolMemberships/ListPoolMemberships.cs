using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;

namespace Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;

/// <summary>
/// Filters of the 培育库 list. <see cref="MembersOnly"/> true keeps the entries in the pool on <see cref="On"/>
/// (default today), false those not in it that day (left, or not yet entered); null keeps all.
/// </summary>
public sealed record PoolMembershipQuery(string? Region = null, DateOnly? On = null, bool? MembersOnly = null, string? Search = null)
{
    public static Result<PoolMembershipQuery> Parse(string? region, string? on, bool? membersOnly, string? search)
    {
        var day = QualificationFiles.ParseDay(on, "日期");
        if (!day.IsSuccess)
        {
            return day.Error;
        }
        return new PoolMembershipQuery(string.IsNullOrWhiteSpace(region) ? null : region.Trim(), day.Value, membersOnly,
            string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }
}

public sealed record PoolMembershipRow(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string? RegionCode,
    string RegionName,
    DateOnly EnteredOn,
    string? EntryReason,
    DateOnly? LeftOn,
    string? LeaveReason,
    bool IsMember,
    int Version);

public sealed record PoolMembershipPage(Page<PoolMembershipRow> Rows, DateOnly On);

/// <summary>高企培育库 list: server-side filters and paging within the user's data scope.</summary>
public sealed class ListPoolMemberships(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PoolMembershipPage> ExecuteAsync(CurrentUser user, PoolMembershipQuery query, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var on = query.On ?? QualificationFiles.Today(clock);
        var rows = await Sorted(Filtered(db, user.Scope, query, on), page)
            .Select(j => new PoolMembershipRow(j.Record.Id, j.Record.EnterpriseId, j.EnterpriseName, j.Uscc, j.Record.RegionCode, "",
                j.Record.EnteredOn, j.Record.EntryReason, j.Record.LeftOn, j.Record.LeaveReason,
                j.Record.EnteredOn <= on && (j.Record.LeftOn == null || j.Record.LeftOn > on), j.Record.Version))
            .ToPageAsync(page, cancellationToken);
        return new PoolMembershipPage(
            rows with { Items = rows.Items.Select(r => r with { RegionName = QualificationFiles.RegionName(r.RegionCode) }).ToList() }, on);
    }

    internal static IQueryable<WithEnterprise<PoolMembership>> Filtered(KechuangDbContext db, DataScope scope, PoolMembershipQuery query,
        DateOnly on)
    {
        var joined = WithEnterpriseQueries.Joined(db, db.PoolMemberships(), scope, m => m.EnterpriseId, query.Region, query.Search);
        return query.MembersOnly switch
        {
            true => joined.Where(j => j.Record.EnteredOn <= on && (j.Record.LeftOn == null || j.Record.LeftOn > on)),
            false => joined.Where(j => j.Record.EnteredOn > on || (j.Record.LeftOn != null && j.Record.LeftOn <= on)),
            _ => joined,
        };
    }

    internal static IQueryable<WithEnterprise<PoolMembership>> Sorted(IQueryable<WithEnterprise<PoolMembership>> rows, PageRequest page) =>
        (page.Sort, page.Descending) switch
        {
            ("enterprise", false) => rows.OrderBy(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
            ("enterprise", true) => rows.OrderByDescending(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
            ("entered", false) => rows.OrderBy(j => j.Record.EnteredOn).ThenBy(j => j.Record.Id),
            _ => rows.OrderByDescending(j => j.Record.EnteredOn).ThenBy(j => j.Record.Id),
        };
}
