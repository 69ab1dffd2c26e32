using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Account.DisableTwoFactor;

/// <summary>
/// An account turns its own two-factor authentication off after confirming its password. Refused for the three
/// administrators (三员): GB/T 22239-2019 8.1.4.1 d requires two or more authentication factors for them.
/// </summary>
public sealed class DisableTwoFactor(KechuangUserManager users, KechuangDbContext db, IAuditTrail audit, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled)
        {
            return Error.NotFound("user-not-found", "账号不存在或已停用。");
        }
        var duty = await db.Set<KechuangRole>().AsNoTracking()
            .Where(r => r.Duty != AdminDuty.None && db.Set<IdentityUserRole<Guid>>().Any(ur => ur.UserId == userId && ur.RoleId == r.Id))
            .Select(r => (AdminDuty?)r.Duty)
            .FirstOrDefaultAsync(cancellationToken);
        if (duty is { } adminDuty)
        {
            return new Error(ErrorKind.Forbidden, "two-factor-required", $"{RoleRules.DutyLabel(adminDuty)}账号必须启用双因素认证，不能关闭。");
        }
        if (!user.TwoFactorEnabled)
        {
            return Error.Validation("two-factor-not-enabled", "本账号尚未启用双因素认证。");
        }
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return Error.Validation("password-incorrect", "当前密码不正确。");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key on the next enrolment: the old one may sit in a lost phone.
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(new AuditRecord(AuditActions.TwoFactorDisabled, "User", user.Id.ToString(), AuditOutcome.Success), cancellationToken);
        snapshots.Invalidate(user.Id);
        return true;
    }
}
