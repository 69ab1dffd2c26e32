using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.CreateUser;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;

namespace Kechuang.Platform.Tests.Identity.Users;

internal static class UserTestSteps
{
    public static async Task<KechuangRole> AddRoleAsync(this TestDatabase database, string displayName,
        AdminDuty duty = AdminDuty.None, DataScopeKind scope = DataScopeKind.OwnUnitAndBelow, params string[] permissions)
    {
        await using var db = database.NewDbContext();
        var name = "r-" + Guid.NewGuid().ToString("N");
        var role = new KechuangRole
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            DisplayName = displayName,
            Duty = duty,
            Scope = scope,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        role.Permissions.AddRange(permissions.Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        db.Set<KechuangRole>().Add(role);
        await db.SaveChangesAsync();
        return role;
    }

    public static async Task<CreatedUser> AddUserAsync(this TestDatabase database, CurrentUser actor, string userName, string displayName, Unit unit,
        IReadOnlyList<Guid>? roles = null, string? idCard = null, string? mobile = null)
    {
        var result = await database.RunAsync<Kechuang.Platform.Identity.Users.CreateUser.CreateUser, Result<CreatedUser>>(c =>
            c.ExecuteAsync(actor, new CreateUserCommand(userName, displayName, unit.Id, roles, idCard, mobile), CancellationToken.None));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
