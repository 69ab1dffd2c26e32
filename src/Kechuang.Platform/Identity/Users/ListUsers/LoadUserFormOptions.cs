using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Units.ListUnits;

namespace Kechuang.Platform.Identity.Users.ListUsers;

public sealed record UserFormOptions(IReadOnlyList<UnitRow> Units, IReadOnlyList<RoleOption> Roles);

/// <summary>What the user dialogs offer: the administrator's active units (tree order) and the roles.</summary>
public sealed class LoadUserFormOptions(KechuangDbContext db, Units.ListUnits.ListUnits units)
{
    public async Task<UserFormOptions> ExecuteAsync(CurrentUser actor, CancellationToken cancellationToken) =>
        new(await units.ExecuteAsync(actor, includeInactive: false, cancellationToken), await db.RoleOptionsAsync(cancellationToken));
}
