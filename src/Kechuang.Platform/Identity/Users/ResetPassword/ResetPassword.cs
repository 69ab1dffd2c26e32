using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Users.ResetPassword;

/// <summary>The new password, shown to the administrator once.</summary>
public sealed record PasswordWasReset(string Password);

/// <summary>
/// An administrator gives an account a new random password: it must be changed at the next sign-in, open sessions
/// end, lockout is lifted, and the trail records who reset whose password.
/// </summary>
public sealed class ResetPassword(
    KechuangDbContext db, KechuangUserManager users, IAuditTrail audit, SessionGuard sessions, AccessSnapshots snapshots, TimeProvider clock)
{
    public async Task<Result<PasswordWasReset>> ExecuteAsync(CurrentUser actor, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        if (user.Id == actor.UserId)
        {
            return Error.Validation("user-self", "不能重置自己的密码，请在“我的账号”中修改密码。");
        }
        var password = IdentityBootstrap.RandomPassword();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await users.RemovePasswordAsync(user);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
        if (!added.Succeeded)
        {
            return Passwords.ToError(added);
        }
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        audit.Stage(new AuditRecord(AuditActions.PasswordReset, "User", user.Id.ToString(), AuditOutcome.Success,
            Detail: $"管理员重置了 {user.UserName} 的密码"));
        await Passwords.RecordAsync(db, user, clock, mustChange: true, cancellationToken);
        await sessions.EndAllAsync(db, audit, user.Id, SessionEndReason.PasswordChanged, actor.IsAuthenticated ? actor.UserId : null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        snapshots.Invalidate(user.Id);
        return new PasswordWasReset(password);
    }
}
