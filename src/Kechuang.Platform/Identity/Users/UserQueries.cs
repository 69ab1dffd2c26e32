using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users;

public sealed record RoleOption(Guid Id, string DisplayName, AdminDuty Duty, DataScopeKind Scope);

public static class UserQueries
{
    /// <summary>The accounts of the units the administrator may see (<see cref="UnitQueries.WhereVisibleTo"/>).</summary>
    public static IQueryable<KechuangUser> VisibleUsers(this KechuangDbContext db, DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = db.Set<Unit>().WhereVisibleTo(scope);
        return db.Set<KechuangUser>().Where(u => units.Any(x => x.Id == u.UnitId));
    }

    /// <summary>An account by id, or null when it does not exist or lies outside the scope (the caller answers 404 alike).</summary>
    public static Task<KechuangUser?> FindVisibleUserAsync(this KechuangDbContext db, Guid userId, DataScope scope, CancellationToken cancellationToken) =>
        db.VisibleUsers(scope).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public static async Task<IReadOnlyList<RoleOption>> RoleOptionsAsync(this KechuangDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roles = await db.Set<KechuangRole>().AsNoTracking()
            .Select(r => new RoleOption(r.Id, r.DisplayName, r.Duty, r.Scope))
            .ToListAsync(cancellationToken);
        return roles.OrderBy(r => r.Duty == AdminDuty.None ? 1 : 0).ThenBy(r => r.DisplayName, StringComparer.Ordinal).ToList();
    }

    public static Task<List<KechuangRole>> RolesOfAsync(this KechuangDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<KechuangRole>()
            .Where(r => db.Set<IdentityUserRole<Guid>>().Any(ur => ur.UserId == userId && ur.RoleId == r.Id))
            .ToListAsync(cancellationToken);
    }
}
