using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Units;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.MoveUser;

public sealed record MoveUserCommand(Guid UnitId);

/// <summary>Moves an account to another unit; both units must lie in the administrator's scope.</summary>
public sealed class MoveUser(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid userId, MoveUserCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        var unit = await db.FindVisibleAsync(command.UnitId, actor.Scope, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit-not-found", "未找到所选单位，或不在您的管理范围内。");
        }
        if (!unit.IsActive)
        {
            return Error.Validation("unit-inactive", $"单位“{unit.Name}”已停用。");
        }
        if (user.Id == actor.UserId && unit.Id != user.UnitId)
        {
            return UserErrors.Self("调动");
        }
        user.UnitId = unit.Id;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UserErrors.Stale;
        }
        snapshots.Invalidate(user.Id);
        return true;
    }
}
