using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Roles.SetRolePermissions;

public sealed record SetRolePermissionsCommand(IReadOnlyList<string> Permissions);

/// <summary>
/// Replaces a role's permissions. 三员分立 holds here too (<see cref="RoleRules.CheckPermissions"/>), and a built-in role
/// keeps its default permissions (start-up would restore them anyway). Takes effect at once for every holder.
/// </summary>
public sealed class SetRolePermissions(KechuangDbContext db, PermissionCatalog catalog, AccessSnapshots snapshots)
{
    public async Task<Result<IReadOnlyList<string>>> ExecuteAsync(CurrentUser actor, Guid roleId, SetRolePermissionsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (RoleAdministration.Check(actor) is { } denied)
        {
            return denied;
        }
        var role = await db.Set<KechuangRole>().Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken);
        if (role is null)
        {
            return Error.NotFound("role-not-found", "未找到该角色。");
        }
        var wanted = (command.Permissions ?? []).Distinct(StringComparer.Ordinal).ToList();
        // Only what is added is checked, so a grant made before the rules (or by a test) can still be withdrawn.
        var added = wanted.Where(n => role.Permissions.All(p => p.Permission != n)).ToList();
        if (RoleRules.CheckPermissions(role.Duty, added, catalog) is { } error)
        {
            return error;
        }
        if (role.IsBuiltIn)
        {
            var kept = catalog.All.FirstOrDefault(p => p.DefaultRoles?.Contains(role.Name) == true && !wanted.Contains(p.Name));
            if (kept is not null)
            {
                return Error.Validation("role-default-permission", $"内置角色“{role.DisplayName}”的默认权限“{kept.DisplayName}”不能移除。");
            }
        }
        role.Permissions.RemoveAll(p => !wanted.Contains(p.Permission));
        foreach (var name in added)
        {
            role.Permissions.Add(new RolePermission { RoleId = role.Id, Permission = name });
        }
        role.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("role-version-conflict", "该角色已被他人修改，请刷新后重试。");
        }
        snapshots.InvalidateAll();
        return wanted.Order(StringComparer.Ordinal).ToList();
    }
}
