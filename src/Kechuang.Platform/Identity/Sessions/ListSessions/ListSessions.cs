using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Policy;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Sessions.ListSessions;

public sealed record SessionRow(
    Guid Id,
    Guid UserId,
    string UserName,
    string DisplayName,
    string UnitName,
    string? ClientIp,
    string Browser,
    DateTime StartedAtUtc,
    DateTime LastSeenAtUtc);

/// <summary>Open sessions (not ended and not idle past the timeout), most recently active first.</summary>
public sealed class ListSessions(KechuangDbContext db, SecurityPolicies policies, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionRow>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(db, cancellationToken);
        var idleSince = clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(policy.IdleTimeoutMinutes);
        var open = await (
                from s in db.Set<UserSession>().AsNoTracking()
                where s.EndedAtUtc == null
                join u in db.Set<KechuangUser>() on s.UserId equals u.Id
                join unit in db.Set<Unit>() on u.UnitId equals unit.Id into units
                from unit in units.DefaultIfEmpty()
                select new { s.Id, s.UserId, u.UserName, u.DisplayName, UnitName = unit == null ? "" : unit.Name, s.ClientIp, s.UserAgent, s.CreatedAtUtc, s.LastSeenAtUtc })
            .ToListAsync(cancellationToken);
        // Filtered and sorted in memory: SQLite keeps DateTime as text; open sessions number in the hundreds at most.
        return open
            .Where(s => s.LastSeenAtUtc >= idleSince)
            .OrderByDescending(s => s.LastSeenAtUtc)
            .Select(s => new SessionRow(s.Id, s.UserId, s.UserName ?? "", s.DisplayName, s.UnitName, s.ClientIp, BrowserLabel.Of(s.UserAgent), s.CreatedAtUtc, s.LastSeenAtUtc))
            .ToList();
    }
}
