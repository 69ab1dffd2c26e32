using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.DisableUser;

/// <summary>Disables an account (its sessions end at once, its tokens stop working) or enables it again.</summary>
public sealed class SetUserDisabled(KechuangDbContext db, IAuditTrail audit, SessionGuard sessions, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid userId, bool disabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        if (user.Id == actor.UserId)
        {
            return UserErrors.Self(disabled ? "停用" : "启用");
        }
        if (user.IsDisabled == disabled)
        {
            return true;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = disabled;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (!disabled)
        {
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UserErrors.Stale;
        }
        if (disabled)
        {
            await sessions.EndAllAsync(db, audit, user.Id, SessionEndReason.AccountDisabled, actor.UserId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        snapshots.Invalidate(user.Id);
        return true;
    }
}
