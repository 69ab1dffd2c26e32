using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Units.RenameUnit;

/// <summary><see cref="Version"/> is the unit version the editor saw (optimistic concurrency).</summary>
public sealed record RenameUnitCommand(string Name, string? Code, int Version);

/// <summary>Changes a visible unit's name and code (the kind stays: it decides which code the unit needs).</summary>
public sealed class RenameUnit(KechuangDbContext db, AccessSnapshots snapshots)
{
    public async Task<Result<int>> ExecuteAsync(CurrentUser actor, Guid unitId, RenameUnitCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var unit = await db.FindVisibleAsync(unitId, actor.Scope, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit-not-found", "未找到该单位，或不在您的管理范围内。");
        }
        if (unit.Version != command.Version)
        {
            return Stale();
        }
        if (UnitRules.Check(unit.Kind, command.Name, command.Code) is { } invalid)
        {
            return invalid;
        }
        var code = UnitRules.Normalize(command.Code);
        if (code is not null && await db.Units().AnyAsync(u => u.Code == code && u.IsActive && u.Id != unitId, cancellationToken))
        {
            return Error.Conflict("unit-code-taken", $"代码“{code}”已被其他单位使用。");
        }
        unit.Rename(command.Name, code);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        snapshots.InvalidateAll();
        return unit.Version;
    }

    private static Error Stale() => Error.Conflict("unit-version-conflict", "该单位已被他人修改，请刷新后重试。");
}
