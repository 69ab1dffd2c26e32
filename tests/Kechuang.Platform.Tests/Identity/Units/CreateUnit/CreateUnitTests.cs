using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Units.CreateUnit;
using Kechuang.Platform.Identity.Units.RenameUnit;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Units.CreateUnit;

using CreateUnit = Kechuang.Platform.Identity.Units.CreateUnit.CreateUnit;
using RenameUnit = Kechuang.Platform.Identity.Units.RenameUnit.RenameUnit;

public sealed class CreateUnitTests
{
    [Theory, DatabaseData]
    public async Task DistrictBureauWithRegionCode_IsCreatedUnderItsParent(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<CreateUnit, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.City),
            new CreateUnitCommand(tree.City.Id, UnitKind.DistrictBureau, " 长安区科技局 ", "610116"), CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        var unit = await db.Set<Unit>().SingleAsync(u => u.Id == result.Value);
        Assert.Equal("长安区科技局", unit.Name);
        Assert.StartsWith(tree.City.Path, unit.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UnitKind.DistrictBureau, null, "unit-code-required")]
    [InlineData(UnitKind.DistrictBureau, "61011", "region-code-format")]
    [InlineData(UnitKind.Enterprise, null, "unit-code-required")]
    [InlineData(UnitKind.Enterprise, "91610113MA6U0XXX03", "uscc-check")]
    public async Task MissingOrWrongCode_IsRefused(UnitKind kind, string? code, string reason)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(DatabaseProvider.Sqlite);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<CreateUnit, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.City),
            new CreateUnitCommand(tree.City.Id, kind, "新单位", code), CancellationToken.None));

        Assert.Equal(reason, result.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task DistrictAdministrator_CannotCreateUnderAnotherDistrict(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<CreateUnit, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow),
            new CreateUnitCommand(tree.Beilin.Id, UnitKind.Division, "碑林区科技局办公室", null), CancellationToken.None));

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
    }

    [Theory, DatabaseData]
    public async Task DuplicateCode_IsAConflict(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<CreateUnit, Result<Guid>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.City),
            new CreateUnitCommand(tree.City.Id, UnitKind.DistrictBureau, "雁塔区科技局（重复）", "610113"), CancellationToken.None));

        Assert.Equal("unit-code-taken", result.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task Renaming_ChangesTheNameAndRefusesAStaleVersion(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);

        var renamed = await database.RunAsync<RenameUnit, Result<int>>(r => r.ExecuteAsync(admin, tree.Division.Id,
            new RenameUnitCommand("综合规划与政策法规处", null, tree.Division.Version), CancellationToken.None));
        var stale = await database.RunAsync<RenameUnit, Result<int>>(r => r.ExecuteAsync(admin, tree.Division.Id,
            new RenameUnitCommand("另一个名称", null, tree.Division.Version), CancellationToken.None));

        Assert.True(renamed.IsSuccess, renamed.Error?.Message);
        Assert.Equal("unit-version-conflict", stale.Error?.Code);
        await using var db = database.NewDbContext();
        Assert.Equal("综合规划与政策法规处", (await db.Set<Unit>().SingleAsync(u => u.Id == tree.Division.Id)).Name);
    }
}
