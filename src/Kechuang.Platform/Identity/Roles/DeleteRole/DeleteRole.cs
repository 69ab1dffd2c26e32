using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Roles.DeleteRole;

/// <summary>Deletes a custom role that nobody holds; built-in roles stay.</summary>
public sealed class DeleteRole(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid roleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (RoleAdministration.Check(actor) is { } denied)
        {
            return denied;
        }
        var role = await db.Set<KechuangRole>().Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken);
        if (role is null)
        {
            return Error.NotFound("role-not-found", "未找到该角色。");
        }
        if (role.IsBuiltIn)
        {
            return Error.Validation("role-built-in", $"“{role.DisplayName}”是内置角色，不能删除。");
        }
        var members = await db.Set<IdentityUserRole<Guid>>().CountAsync(m => m.RoleId == roleId, cancellationToken);
        if (members > 0)
        {
            return Error.Conflict("role-has-members", $"角色“{role.DisplayName}”还有 {members} 名成员，请先为他们调整角色。");
        }
        db.Set<KechuangRole>().Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        snapshots.InvalidateAll();
        return true;
    }
}
