using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Platform.Identity.Account;

public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmPassword);

/// <summary>An account changes its own password (also the forced change at first sign-in and after a reset or expiry).</summary>
public sealed class ChangePassword(KechuangUserManager users, KechuangDbContext db, IAuditTrail audit, AccessSnapshots snapshots, TimeProvider clock)
{
    public async Task<Result<bool>> ExecuteAsync(Guid userId, ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrEmpty(command.CurrentPassword) || string.IsNullOrEmpty(command.NewPassword))
        {
            return Error.Validation("password-required", "请填写当前密码和新密码。");
        }
        if (command.NewPassword != command.ConfirmPassword)
        {
            return Error.Validation("password-confirmation", "两次输入的新密码不一致。");
        }
        if (command.NewPassword == command.CurrentPassword)
        {
            return Error.Validation("password-unchanged", "新密码不能与当前密码相同。");
        }
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled)
        {
            return Error.NotFound("user-not-found", "账号不存在或已停用。");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!result.Succeeded)
        {
            return Passwords.ToError(result);
        }
        await Passwords.RecordAsync(db, user, clock, mustChange: false, cancellationToken);
        audit.Stage(new AuditRecord(AuditActions.PasswordChanged, "User", user.Id.ToString(), AuditOutcome.Success));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        snapshots.Invalidate(user.Id);
        return true;
    }
}

/// <summary>What every password change shares: the history row, the change time and the forced-change flag.</summary>
public static class Passwords
{
    public static async Task RecordAsync(KechuangDbContext db, KechuangUser user, TimeProvider clock, bool mustChange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        user.PasswordChangedAtUtc = now;
        user.MustChangePassword = mustChange;
        db.Set<PasswordHistoryEntry>().Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = user.PasswordHash ?? "", ChangedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Error ToError(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Error.Validation("password-rejected", string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
