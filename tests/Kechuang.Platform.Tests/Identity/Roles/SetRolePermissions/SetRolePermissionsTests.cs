using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Roles.ListRoles;
using Kechuang.Platform.Identity.Roles.SetRolePermissions;
using Kechuang.Platform.Results;
using Kechuang.Platform.Tests.Identity.Users;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Roles.SetRolePermissions;

using ListRoles = Kechuang.Platform.Identity.Roles.ListRoles.ListRoles;
using SetRolePermissions = Kechuang.Platform.Identity.Roles.SetRolePermissions.SetRolePermissions;

public sealed class SetRolePermissionsTests
{
    [Theory, DatabaseData]
    public async Task BusinessPermissionOnAnAdministratorRole_IsRefused(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var system = await database.AddRoleAsync("系统管理员（分局）", AdminDuty.SystemAdministrator, DataScopeKind.All);

        var result = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), system.Id,
            new SetRolePermissionsCommand([PlatformPermissions.UsersManage, PlatformPermissions.ApiDocs]), CancellationToken.None));

        Assert.Equal("permission-duty-mismatch", result.Error?.Code);
        Assert.Contains("三员分立", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task AdministratorPermissionOnABusinessRole_OrAnotherDutysPermission_IsRefused(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var business = await database.AddRoleAsync("业务处室");
        var security = await database.AddRoleAsync("安全管理员（分局）", AdminDuty.SecurityAdministrator, DataScopeKind.All);

        var onBusiness = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), business.Id,
            new SetRolePermissionsCommand([PlatformPermissions.AuditRead]), CancellationToken.None));
        var onSecurity = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), security.Id,
            new SetRolePermissionsCommand([PlatformPermissions.SecurityPolicy, PlatformPermissions.AuditRead]), CancellationToken.None));
        var unknown = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), business.Id,
            new SetRolePermissionsCommand(["Platform.Everything"]), CancellationToken.None));

        Assert.Equal("permission-duty-mismatch", onBusiness.Error?.Code);
        Assert.Contains("业务角色不能拥有管理员权限", onBusiness.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("permission-duty-mismatch", onSecurity.Error?.Code);
        Assert.Equal("permission-unknown", unknown.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task MatchingPermissions_ReplaceTheRolesSetAndShowInTheMatrix(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var system = await database.AddRoleAsync("系统管理员（分局）", AdminDuty.SystemAdministrator, DataScopeKind.All, PlatformPermissions.RolesManage);
        await database.AddUserAsync(IdentityTestData.Admin(tree.City), "sys-fj", "分局管理员", tree.Yanta, [system.Id]);

        var result = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), system.Id,
            new SetRolePermissionsCommand([PlatformPermissions.UsersManage, PlatformPermissions.UnitsManage]), CancellationToken.None));
        var matrix = await database.RunAsync<ListRoles, RoleMatrix>(l => l.ExecuteAsync(CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        var row = matrix.Roles.Single(r => r.Id == system.Id);
        Assert.Equal([PlatformPermissions.UnitsManage, PlatformPermissions.UsersManage], row.Permissions);
        Assert.Equal(1, row.MemberCount);
        Assert.Contains(matrix.Permissions, p => p.Name == PlatformPermissions.UsersViewSensitive && p.DisplayName == "查看完整身份证号和手机号");
    }
    [Theory, DatabaseData]
    public async Task StaleCrossDutyGrant_CanBeWithdrawnButNotAddedAgain(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var business = await database.AddRoleAsync("业务处室", AdminDuty.None, DataScopeKind.OwnUnitAndBelow, PlatformPermissions.UsersManage, PlatformPermissions.ApiDocs);

        var withdrawn = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), business.Id,
            new SetRolePermissionsCommand([PlatformPermissions.ApiDocs]), CancellationToken.None));
        var again = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(IdentityTestData.CityAdmin(), business.Id,
            new SetRolePermissionsCommand([PlatformPermissions.ApiDocs, PlatformPermissions.UsersManage]), CancellationToken.None));

        Assert.Equal([PlatformPermissions.ApiDocs], withdrawn.Value);
        Assert.Equal("permission-duty-mismatch", again.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task DistrictAdministrator_CannotChangeRoles(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var districtAdmin = await database.AddRoleAsync("区县系统管理员", AdminDuty.SystemAdministrator, DataScopeKind.OwnUnitAndBelow, PlatformPermissions.UsersManage);

        var result = await database.RunAsync<SetRolePermissions, Result<IReadOnlyList<string>>>(s => s.ExecuteAsync(
            IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow), districtAdmin.Id,
            new SetRolePermissionsCommand([PlatformPermissions.UsersManage, PlatformPermissions.UsersViewSensitive]), CancellationToken.None));

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        await using var db = database.NewDbContext();
        Assert.Equal([PlatformPermissions.UsersManage], await db.Set<RolePermission>().Where(p => p.RoleId == districtAdmin.Id).Select(p => p.Permission).ToListAsync());
    }
}
