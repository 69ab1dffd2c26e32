using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Units.DeactivateUnit;

using DeactivateUnit = Kechuang.Platform.Identity.Units.DeactivateUnit.DeactivateUnit;

public sealed class DeactivateUnitTests
{
    [Theory, DatabaseData]
    public async Task UnitWithActiveChildren_IsNotDeactivated(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<DeactivateUnit, Result<int>>(d => d.ExecuteAsync(IdentityTestData.Admin(tree.City), tree.Yanta.Id, CancellationToken.None));

        Assert.Equal("unit-has-children", result.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task UnitWithEnabledUsers_IsNotDeactivatedUntilTheyAreDisabled(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        await using (var db = database.NewDbContext())
        {
            db.Set<KechuangUser>().Add(new KechuangUser { Id = Guid.CreateVersion7(), UserName = "bl01", NormalizedUserName = "BL01", DisplayName = "王敏", UnitId = tree.Beilin.Id });
            await db.SaveChangesAsync();
        }
        var admin = IdentityTestData.Admin(tree.City);

        var refused = await database.RunAsync<DeactivateUnit, Result<int>>(d => d.ExecuteAsync(admin, tree.Beilin.Id, CancellationToken.None));
        await using (var db = database.NewDbContext())
        {
            await db.Set<KechuangUser>().ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
        }
        var done = await database.RunAsync<DeactivateUnit, Result<int>>(d => d.ExecuteAsync(admin, tree.Beilin.Id, CancellationToken.None));

        Assert.Equal("unit-has-users", refused.Error?.Code);
        Assert.Contains("1 个启用的账号", refused.Error!.Message, StringComparison.Ordinal);
        Assert.True(done.IsSuccess, done.Error?.Message);
        await using var check = database.NewDbContext();
        Assert.False((await check.Set<Unit>().SingleAsync(u => u.Id == tree.Beilin.Id)).IsActive);
    }
}
