using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Roles.ListRoles;

public sealed record RoleRow(
    Guid Id,
    string Name,
    string DisplayName,
    AdminDuty Duty,
    string DutyLabel,
    DataScopeKind Scope,
    string ScopeLabel,
    string? ScopeRegions,
    bool IsBuiltIn,
    int MemberCount,
    IReadOnlyList<string> Permissions);

public sealed record PermissionRow(string Name, string DisplayName, string Module, AdminDuty Duty);

/// <summary>The role matrix: the roles (administrator roles first) and every declared permission, grouped by module.</summary>
public sealed record RoleMatrix(IReadOnlyList<RoleRow> Roles, IReadOnlyList<PermissionRow> Permissions);

/// <summary>Lists the roles with their member counts and permissions, and the permission catalogue to set them from.</summary>
public sealed class ListRoles(KechuangDbContext db, PermissionCatalog catalog)
{
    public async Task<RoleMatrix> ExecuteAsync(CancellationToken cancellationToken)
    {
        var memberships = db.Set<IdentityUserRole<Guid>>();
        var roles = await db.Set<KechuangRole>().AsNoTracking()
            .Select(r => new
            {
                r.Id, r.Name, r.DisplayName, r.Duty, r.Scope, r.ScopeRegions, r.IsBuiltIn,
                Members = memberships.Count(m => m.RoleId == r.Id),
                Permissions = r.Permissions.Select(p => p.Permission).ToList(),
            })
            .ToListAsync(cancellationToken);
        var rows = roles
            .OrderBy(r => r.Duty == AdminDuty.None ? 1 : 0)
            .ThenBy(r => r.Duty)
            .ThenByDescending(r => r.IsBuiltIn)
            .ThenBy(r => r.DisplayName, StringComparer.Ordinal)
            .Select(r => new RoleRow(r.Id, r.Name ?? "", r.DisplayName, r.Duty, RoleRules.DutyLabel(r.Duty), r.Scope, RoleRules.ScopeLabel(r.Scope),
                r.ScopeRegions, r.IsBuiltIn, r.Members, r.Permissions.Order(StringComparer.Ordinal).ToList()))
            .ToList();
        var permissions = catalog.All
            .OrderBy(p => p.Duty == AdminDuty.None ? 0 : 1)
            .ThenBy(p => p.Duty)
            .ThenBy(p => p.Module, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PermissionRow(p.Name, p.DisplayName, p.Module, p.Duty))
            .ToList();
        return new RoleMatrix(rows, permissions);
    }
}
