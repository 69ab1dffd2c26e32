using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Roles.CreateRole;

/// <param name="Regions">For <see cref="DataScopeKind.Regions"/>: GB/T 2260 codes, comma separated.</param>
public sealed record CreateRoleCommand(string DisplayName, AdminDuty Duty, DataScopeKind Scope, string? Regions = null);

/// <summary>Adds a custom role with no permissions yet (they are set in the matrix).</summary>
public sealed class CreateRole(KechuangDbContext db, AccessSnapshots snapshots)
{
    public const int MaxDisplayNameLength = RoleAdministration.MaxDisplayNameLength;

    public async Task<Result<Guid>> ExecuteAsync(CurrentUser actor, CreateRoleCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (RoleAdministration.Check(actor) is { } denied)
        {
            return denied;
        }
        if (!Enum.IsDefined(command.Duty))
        {
            return Error.Validation("role-kind", "请选择角色职责和数据范围。");
        }
        var fields = RoleAdministration.Fields(command.DisplayName, command.Scope, command.Regions);
        if (!fields.IsSuccess)
        {
            return fields.Error;
        }
        var (displayName, regions) = fields.Value;
        if (await db.Set<KechuangRole>().AnyAsync(r => r.DisplayName == displayName, cancellationToken))
        {
            return Error.Conflict("role-name-taken", $"已有名为“{displayName}”的角色。");
        }
        var name = "custom-" + Guid.CreateVersion7().ToString("N");
        var role = new KechuangRole
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            DisplayName = displayName,
            Duty = command.Duty,
            Scope = command.Scope,
            ScopeRegions = regions,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        db.Set<KechuangRole>().Add(role);
        await db.SaveChangesAsync(cancellationToken);
        snapshots.InvalidateAll();
        return role.Id;
    }
}
