using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.AssignRoles;

public sealed record AssignRolesCommand(IReadOnlyList<Guid> RoleIds);

/// <summary>Replaces an account's roles, keeping 三员分立 (<see cref="RoleRules.CheckAssignment"/>); nobody changes his own.</summary>
public sealed class AssignRoles(KechuangDbContext db, KechuangUserManager users, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid userId, AssignRolesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        if (user.Id == actor.UserId)
        {
            return Error.Validation("user-self", "系统管理员不能修改自己的角色，请由其他系统管理员操作。");
        }
        var roleIds = (command.RoleIds ?? []).Distinct().ToList();
        var wanted = await db.Set<KechuangRole>().Where(r => roleIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (wanted.Count != roleIds.Count)
        {
            return Error.NotFound("role-not-found", "所选角色不存在，请刷新后重试。");
        }
        var current = await db.RolesOfAsync(user.Id, cancellationToken);
        var added = wanted.Where(r => current.All(c => c.Id != r.Id)).ToList();
        var removed = current.Where(c => wanted.All(r => r.Id != c.Id)).ToList();
        if ((RoleRules.CheckAssignment(wanted) ?? UserRules.CheckGrant(actor, added.Concat(removed).ToList())) is { } error)
        {
            return error;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (removed.Count > 0)
        {
            var result = await users.RemoveFromRolesAsync(user, removed.Select(r => r.Name!));
            if (!result.Succeeded)
            {
                return Error.Validation("user-roles-rejected", string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
        if (added.Count > 0)
        {
            var result = await users.AddToRolesAsync(user, added.Select(r => r.Name!));
            if (!result.Succeeded)
            {
                return Error.Validation("user-roles-rejected", string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        snapshots.Invalidate(user.Id);
        return true;
    }
}
