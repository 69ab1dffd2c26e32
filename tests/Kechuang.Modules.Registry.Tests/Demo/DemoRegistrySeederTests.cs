using Kechuang.Modules.Registry.Demo;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Tests.Demo;

public sealed class DemoRegistrySeederTests
{
    [Theory, DatabaseData]
    public async Task Seeder_FillsAnEmptyRegistryOnce_AfterTheDemoDistrictBureaus(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = database.CreateScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<DemoRegistrySeeder>().Single();
            await seeder.SeedAsync("", CancellationToken.None);
        }

        await using var db = database.NewDbContext();
        Assert.Equal(DemoDataGenerator.DemoScale, await db.Enterprises().CountAsync());
        Assert.Equal(2 * DemoDataGenerator.DemoScale, await db.TechContracts().CountAsync());
        var yanta = await db.Set<Unit>().SingleAsync(u => u.Code == "610113" && u.Kind == UnitKind.DistrictBureau);
        Assert.True(await db.Enterprises().CountAsync(e => e.OwnerUnitId == yanta.Id) > 0, "雁塔区 enterprises belong to 雁塔区科技局");
        Assert.Equal(8, await db.Set<KechuangUser>().CountAsync(u => u.UserName!.StartsWith("demo.")));
    }
}
