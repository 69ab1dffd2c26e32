using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Roles.EditRole;

/// <param name="Regions">For <see cref="DataScopeKind.Regions"/>: GB/T 2260 codes, comma separated.</param>
public sealed record EditRoleCommand(string DisplayName, DataScopeKind Scope, string? Regions = null);

/// <summary>
/// Renames a custom role or changes its data scope; its holders see the new scope at once. The duty stays (its
/// permissions and members were checked against it), and built-in roles keep their name and scope.
/// </summary>
public sealed class EditRole(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid roleId, EditRoleCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (RoleAdministration.Check(actor) is { } denied)
        {
            return denied;
        }
        var role = await db.Set<KechuangRole>().SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken);
        if (role is null)
        {
            return Error.NotFound("role-not-found", "未找到该角色。");
        }
        if (role.IsBuiltIn)
        {
            return Error.Validation("role-built-in", $"内置角色“{role.DisplayName}”的名称和数据范围不能修改；如需其他范围，请新增角色。");
        }
        var fields = RoleAdministration.Fields(command.DisplayName, command.Scope, command.Regions);
        if (!fields.IsSuccess)
        {
            return fields.Error;
        }
        var (displayName, regions) = fields.Value;
        if (await db.Set<KechuangRole>().AnyAsync(r => r.Id != roleId && r.DisplayName == displayName, cancellationToken))
        {
            return Error.Conflict("role-name-taken", $"已有名为“{displayName}”的角色。");
        }
        role.DisplayName = displayName;
        role.Scope = command.Scope;
        role.ScopeRegions = regions;
        role.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        snapshots.InvalidateAll();
        return true;
    }
}
