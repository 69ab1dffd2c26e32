using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Units.CreateUnit;

public sealed record CreateUnitCommand(Guid ParentId, UnitKind Kind, string Name, string? Code);

/// <summary>Adds a unit under a visible, active parent; district bureaus need a region code, enterprises a USCC.</summary>
public sealed class CreateUnit(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<Guid>> ExecuteAsync(CurrentUser actor, CreateUnitCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Kind))
        {
            return Error.Validation("unit-kind", "请选择单位类型。");
        }
        if (UnitRules.Check(command.Kind, command.Name, command.Code) is { } invalid)
        {
            return invalid;
        }
        var parent = await db.FindVisibleAsync(command.ParentId, actor.Scope, cancellationToken);
        if (parent is null)
        {
            return Error.NotFound("unit-not-found", "未找到上级单位，或不在您的管理范围内。");
        }
        if (!parent.IsActive)
        {
            return Error.Validation("unit-inactive", $"上级单位“{parent.Name}”已停用，不能再添加下级单位。");
        }
        var code = UnitRules.Normalize(command.Code);
        if (code is not null && await db.Units().AnyAsync(u => u.Code == code && u.IsActive, cancellationToken))
        {
            return Error.Conflict("unit-code-taken", $"代码“{code}”已被其他单位使用。");
        }
        var unit = Unit.Create(parent, command.Kind, command.Name, code);
        db.Set<Unit>().Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        snapshots.InvalidateAll();
        return unit.Id;
    }
}
