using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Units.DeactivateUnit;

/// <summary>Stops using a unit; refused while it has enabled accounts or active sub-units (they would be orphaned).</summary>
public sealed class DeactivateUnit(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<int>> ExecuteAsync(CurrentUser actor, Guid unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var unit = await db.FindVisibleAsync(unitId, actor.Scope, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit-not-found", "未找到该单位，或不在您的管理范围内。");
        }
        if (!unit.IsActive)
        {
            return unit.Version;
        }
        var users = await db.Set<KechuangUser>().CountAsync(u => u.UnitId == unitId && !u.IsDisabled, cancellationToken);
        if (users > 0)
        {
            return Error.Conflict("unit-has-users", $"“{unit.Name}”还有 {users} 个启用的账号，请先停用或调往其他单位。");
        }
        var children = await db.Units().CountAsync(u => u.ParentId == unitId && u.IsActive, cancellationToken);
        if (children > 0)
        {
            return Error.Conflict("unit-has-children", $"“{unit.Name}”还有 {children} 个在用的下级单位，请先停用下级单位。");
        }
        unit.Deactivate();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("unit-version-conflict", "该单位已被他人修改，请刷新后重试。");
        }
        snapshots.InvalidateAll();
        return unit.Version;
    }
}
