using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Roles.CreateRole;
using Kechuang.Platform.Identity.Roles.EditRole;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Roles.EditRole;

using CreateRole = Kechuang.Platform.Identity.Roles.CreateRole.CreateRole;
using EditRole = Kechuang.Platform.Identity.Roles.EditRole.EditRole;

public sealed class EditRoleTests
{
    [Theory, DatabaseData]
    public async Task CustomRole_IsRenamedAndItsScopeNarrowed(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var id = await CreateAsync(database, "片区联络员");

        var result = await database.RunAsync<EditRole, Result<bool>>(e => e.ExecuteAsync(IdentityTestData.CityAdmin(), id,
            new EditRoleCommand(" 城南片区联络员 ", DataScopeKind.Regions, "610113, 610116"), CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        var role = await db.Set<KechuangRole>().SingleAsync(r => r.Id == id);
        Assert.Equal("城南片区联络员", role.DisplayName);
        Assert.Equal(DataScopeKind.Regions, role.Scope);
        Assert.Equal("610113,610116", role.ScopeRegions);
    }

    [Theory, DatabaseData]
    public async Task BuiltInRole_KeepsItsNameAndScope(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        await using (var scope = database.CreateScope())
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<IdentityBootstrap>(scope.ServiceProvider).EnsureAsync(CancellationToken.None);
        }
        Guid leadership;
        await using (var db = database.NewDbContext())
        {
            leadership = await db.Set<KechuangRole>().Where(r => r.Name == BuiltInRoles.Leadership).Select(r => r.Id).SingleAsync();
        }

        var result = await database.RunAsync<EditRole, Result<bool>>(e => e.ExecuteAsync(IdentityTestData.CityAdmin(), leadership,
            new EditRoleCommand("局领导（改）", DataScopeKind.OwnUnit), CancellationToken.None));

        Assert.Equal("role-built-in", result.Error?.Code);
    }

    [Fact]
    public async Task AnotherRolesName_IsAConflict_AndADistrictAdministratorMayNotEdit()
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(DatabaseProvider.Sqlite);
        await CreateAsync(database, "高新区科技局");
        var id = await CreateAsync(database, "经开区科技局");

        var taken = await database.RunAsync<EditRole, Result<bool>>(e => e.ExecuteAsync(IdentityTestData.CityAdmin(), id,
            new EditRoleCommand("高新区科技局", DataScopeKind.OwnUnitAndBelow), CancellationToken.None));
        var district = IdentityTestData.Admin(Unit.Create(null, UnitKind.DistrictBureau, "雁塔区科技局", "610113"), DataScopeKind.OwnUnitAndBelow);
        var narrow = await database.RunAsync<EditRole, Result<bool>>(e => e.ExecuteAsync(district, id,
            new EditRoleCommand("经开区科技局（全市）", DataScopeKind.All), CancellationToken.None));

        Assert.Equal("role-name-taken", taken.Error?.Code);
        Assert.Equal("roles-scope", narrow.Error?.Code);
    }

    private static async Task<Guid> CreateAsync(TestDatabase database, string name)
    {
        var created = await database.RunAsync<CreateRole, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.CityAdmin(),
            new CreateRoleCommand(name, AdminDuty.None, DataScopeKind.OwnUnitAndBelow), CancellationToken.None));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }
}
