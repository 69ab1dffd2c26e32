using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Roles.CreateRole;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Roles.CreateRole;

using CreateRole = Kechuang.Platform.Identity.Roles.CreateRole.CreateRole;

public sealed class CreateRoleTests
{
    [Theory, DatabaseData]
    public async Task RegionsRole_KeepsItsValidatedCodes(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);

        var result = await database.RunAsync<CreateRole, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.CityAdmin(),
            new CreateRoleCommand("城南片区联络员", AdminDuty.None, DataScopeKind.Regions, "610113，610116, 610113"), CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        var role = await db.Set<KechuangRole>().SingleAsync(r => r.Id == result.Value);
        Assert.Equal("610113,610116", role.ScopeRegions);
        Assert.False(role.IsBuiltIn);
    }

    [Theory]
    [InlineData(DataScopeKind.Regions, "", "role-regions-required")]
    [InlineData(DataScopeKind.Regions, "610113,61011", "region-code-format")]
    [InlineData(DataScopeKind.Regions, "990101", "region-code-province")]
    public async Task RegionsRoleWithBadCodes_IsRefused(DataScopeKind scope, string regions, string reason)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(DatabaseProvider.Sqlite);

        var result = await database.RunAsync<CreateRole, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.CityAdmin(),
            new CreateRoleCommand("片区联络员", AdminDuty.None, scope, regions), CancellationToken.None));

        Assert.Equal(reason, result.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task DuplicateName_IsAConflict(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var command = new CreateRoleCommand("高新区科技局", AdminDuty.None, DataScopeKind.OwnUnitAndBelow);
        await database.RunAsync<CreateRole, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.CityAdmin(), command, CancellationToken.None));

        var again = await database.RunAsync<CreateRole, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.CityAdmin(), command, CancellationToken.None));

        Assert.Equal("role-name-taken", again.Error?.Code);
    }
}
