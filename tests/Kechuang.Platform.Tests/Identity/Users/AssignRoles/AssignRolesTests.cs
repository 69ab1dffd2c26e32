using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.AssignRoles;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity.Users.AssignRoles;

using AssignRoles = Kechuang.Platform.Identity.Users.AssignRoles.AssignRoles;

public sealed class AssignRolesTests
{
    [Theory, DatabaseData]
    public async Task ReplacingRoles_AddsAndRemovesMemberships(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var division = await database.AddRoleAsync("业务处室");
        var planner = await database.AddRoleAsync("综合规划处", scope: DataScopeKind.All);
        var admin = IdentityTestData.Admin(tree.City);
        var user = await database.AddUserAsync(admin, "gh-zhao", "赵磊", tree.Division, [division.Id]);

        var result = await database.RunAsync<AssignRoles, Result<bool>>(a => a.ExecuteAsync(admin, user.Id, new AssignRolesCommand([planner.Id]), CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
        Assert.Equal([planner.Name!], await users.GetRolesAsync((await users.FindByIdAsync(user.Id.ToString()))!));
    }

    [Theory, DatabaseData]
    public async Task TwoAdministratorDuties_OrDutyPlusBusiness_AreRefused(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var system = await database.AddRoleAsync("系统管理员", AdminDuty.SystemAdministrator, DataScopeKind.All);
        var security = await database.AddRoleAsync("安全管理员", AdminDuty.SecurityAdministrator, DataScopeKind.All);
        var business = await database.AddRoleAsync("业务处室");
        var admin = IdentityTestData.Admin(tree.City);
        var user = await database.AddUserAsync(admin, "gh-zhao", "赵磊", tree.Division);

        var twoDuties = await database.RunAsync<AssignRoles, Result<bool>>(a => a.ExecuteAsync(admin, user.Id, new AssignRolesCommand([system.Id, security.Id]), CancellationToken.None));
        var dutyAndBusiness = await database.RunAsync<AssignRoles, Result<bool>>(a => a.ExecuteAsync(admin, user.Id, new AssignRolesCommand([security.Id, business.Id]), CancellationToken.None));

        Assert.Equal("duty-separation", twoDuties.Error?.Code);
        Assert.Contains("两个角色", twoDuties.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("duty-separation", dutyAndBusiness.Error?.Code);
        Assert.Contains("安全管理员", dutyAndBusiness.Error!.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task SystemAdministrator_CannotChangeHisOwnRoles(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var system = await database.AddRoleAsync("系统管理员", AdminDuty.SystemAdministrator, DataScopeKind.All);
        var business = await database.AddRoleAsync("局领导", scope: DataScopeKind.All);
        var me = await database.AddUserAsync(IdentityTestData.Admin(tree.City), "sys2", "系统管理员二", tree.City, [system.Id]);
        var self = IdentityTestData.Admin(tree.City, userId: me.Id);

        var result = await database.RunAsync<AssignRoles, Result<bool>>(a => a.ExecuteAsync(self, me.Id, new AssignRolesCommand([business.Id]), CancellationToken.None));

        Assert.Equal("user-self", result.Error?.Code);
    }
}
