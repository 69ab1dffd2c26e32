using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Units;
using Kechuang.Platform.Identity.Units.ListUnits;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Units.ListUnits;

using ListUnits = Kechuang.Platform.Identity.Units.ListUnits.ListUnits;

public sealed class ListUnitsTests
{
    [Theory, DatabaseData]
    public async Task CityAdministrator_SeesTheWholeTreeParentsFirst(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var rows = await database.RunAsync<ListUnits, IReadOnlyList<UnitRow>>(l => l.ExecuteAsync(IdentityTestData.Admin(tree.City), false, CancellationToken.None));

        Assert.Equal(["西安市科学技术局", "综合规划处", "碑林区科技局", "雁塔区科技局", "西安雁塔光电科技有限公司"], rows.Select(r => r.Name));
        Assert.Equal([0, 1, 1, 1, 2], rows.Select(r => r.Depth));
    }

    [Theory, DatabaseData]
    public async Task DistrictAdministrator_SeesOnlyHisOwnSubtree(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var rows = await database.RunAsync<ListUnits, IReadOnlyList<UnitRow>>(l =>
            l.ExecuteAsync(IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow), false, CancellationToken.None));

        Assert.Equal(["雁塔区科技局", "西安雁塔光电科技有限公司"], rows.Select(r => r.Name));
        Assert.Equal(0, rows[0].Depth);
    }

    [Theory, DatabaseData]
    public async Task UnitScopeOverloads_CoverOwnUnitRegionsAndNothing(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        await using var db = database.NewDbContext();

        var ownUnit = await db.Set<Unit>().WhereVisibleTo(IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnit).Scope).Select(u => u.Name).ToListAsync();
        var regions = await db.Set<Unit>().WhereVisibleTo(IdentityTestData.Admin(tree.City, DataScopeKind.Regions, null, "610103").Scope).Select(u => u.Name).ToListAsync();
        var none = await db.Set<Unit>().WhereVisibleTo(DataScope.None).CountAsync();

        Assert.Equal(["雁塔区科技局"], ownUnit);
        Assert.Equal(["碑林区科技局"], regions);
        Assert.Equal(0, none);
    }
}
