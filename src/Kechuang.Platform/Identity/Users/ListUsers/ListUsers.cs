using Kechuang.Platform.Database;
using Kechuang.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.ListUsers;

public sealed record UserListQuery(string? Search = null, Guid? UnitId = null, Guid? RoleId = null, int Page = 1, int PageSize = 20);

public sealed record UserRoleRef(Guid Id, string DisplayName, AdminDuty Duty);

/// <summary>One account; personal fields only masked (the full value is <c>GET …/personal-data</c>, audited).</summary>
public sealed record UserRow(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid UnitId,
    string UnitName,
    IReadOnlyList<UserRoleRef> Roles,
    bool IsDisabled,
    bool IsLockedOut,
    bool MustChangePassword,
    string? IdCardNumberMasked,
    string? MobilePhoneMasked,
    DateTime CreatedAtUtc);

public sealed record UserListPage(IReadOnlyList<UserRow> Items, int Total, int Page, int PageSize);

/// <summary>The accounts of the administrator's units, searched by user name, name, unit or role, a page at a time.</summary>
public sealed class ListUsers(KechuangDbContext db, PersonalData personalData, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<UserListPage> ExecuteAsync(CurrentUser actor, UserListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var users = db.VisibleUsers(actor.Scope).AsNoTracking();
        var units = db.Set<Unit>();
        var roles = db.Set<KechuangRole>();
        var memberships = db.Set<IdentityUserRole<Guid>>();
        if (query.UnitId is { } unitId)
        {
            users = users.Where(u => u.UnitId == unitId);
        }
        if (query.RoleId is { } roleId)
        {
            users = users.Where(u => memberships.Any(m => m.UserId == u.Id && m.RoleId == roleId));
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Contains becomes a parameterised LIKE/instr with the wildcards escaped: the text is data, never SQL.
            var text = query.Search.Trim();
            users = users.Where(u =>
                u.UserName!.Contains(text) ||
                u.DisplayName.Contains(text) ||
                units.Any(x => x.Id == u.UnitId && x.Name.Contains(text)) ||
                memberships.Any(m => m.UserId == u.Id && roles.Any(r => r.Id == m.RoleId && r.DisplayName.Contains(text))));
        }
        var total = await users.CountAsync(cancellationToken);
        var rows = await users
            .OrderBy(u => u.UserName)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.UnitId,
                UnitName = units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault(),
                u.IsDisabled, u.LockoutEnd, u.MustChangePassword, u.IdCardNumber, u.MobilePhone, u.CreatedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var userRoles = (await memberships
                .Where(m => ids.Contains(m.UserId))
                .Join(roles, m => m.RoleId, r => r.Id, (m, r) => new { m.UserId, Role = new UserRoleRef(r.Id, r.DisplayName, r.Duty) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Role);
        var now = clock.GetUtcNow();
        return new UserListPage(
            rows.Select(r => new UserRow(
                    r.Id, r.UserName ?? "", r.DisplayName, r.UnitId, r.UnitName ?? "",
                    userRoles[r.Id].OrderBy(x => x.DisplayName, StringComparer.Ordinal).ToList(),
                    r.IsDisabled, r.LockoutEnd > now, r.MustChangePassword,
                    Masked(r.IdCardNumber, PersonalData.MaskIdCard), Masked(r.MobilePhone, PersonalData.MaskMobile),
                    r.CreatedAtUtc))
                .ToList(),
            total, page, size);
    }

    private string? Masked(string? stored, Func<string?, string> mask) =>
        stored is null ? null : personalData.TryUnprotect(stored) is { } plain ? mask(plain) : "（无法解密）";
}
