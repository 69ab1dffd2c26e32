using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Account.GetMyAccount;

public sealed record MyAccount(
    Guid UserId,
    string UserName,
    string DisplayName,
    string UnitName,
    IReadOnlyList<string> Roles,
    AdminDuty Duty,
    bool TwoFactorEnabled,
    bool MayDisableTwoFactor,
    DateTime? PasswordChangedAtUtc,
    IReadOnlyList<MySignIn> RecentSignIns);

public sealed record MySignIn(DateTime StartedAtUtc, DateTime LastSeenAtUtc, string? ClientIp, string Browser, string Status, bool IsCurrent);

/// <summary>The signed-in account's own overview: name, unit, roles, two-factor status and the last sign-ins.</summary>
public sealed class GetMyAccount(KechuangDbContext db)
{
    public const int RecentSignInCount = 10;

    public async Task<Result<MyAccount>> ExecuteAsync(Guid userId, Guid? currentSessionId, CancellationToken cancellationToken)
    {
        var user = await db.Set<KechuangUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.TwoFactorEnabled, u.PasswordChangedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user-not-found", "账号不存在。");
        }
        var unitName = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == user.UnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        var roles = await db.Set<KechuangRole>().AsNoTracking()
            .Where(r => db.Set<IdentityUserRole<Guid>>().Any(ur => ur.UserId == userId && ur.RoleId == r.Id))
            .Select(r => new { r.DisplayName, r.Duty })
            .ToListAsync(cancellationToken);
        var duty = roles.Select(r => r.Duty).FirstOrDefault(d => d != AdminDuty.None);
        // Sorted in memory: SQLite cannot order DateTime text the way PostgreSQL orders timestamps; an account has few sessions.
        var sessions = (await db.Set<UserSession>().AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken))
            .OrderByDescending(s => s.CreatedAtUtc)
            .Take(RecentSignInCount)
            .Select(s => new MySignIn(s.CreatedAtUtc, s.LastSeenAtUtc, s.ClientIp, BrowserLabel.Of(s.UserAgent),
                SessionLabels.EndReason(s.EndReason), s.Id == currentSessionId))
            .ToList();
        return new MyAccount(user.Id, user.UserName ?? "", user.DisplayName, unitName ?? "",
            roles.Select(r => r.DisplayName).Order(StringComparer.Ordinal).ToList(), duty,
            user.TwoFactorEnabled, duty == AdminDuty.None, user.PasswordChangedAtUtc, sessions);
    }
}
