using Kechuang.Platform.Database;
using Kechuang.Testing;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.ImportPlan;

public sealed class DemoPlanSeederTests
{
    [Theory, DatabaseData]
    public async Task DemoSeeding_ImportsBothSamplesOnceWithSuggestionsAccepted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = database.CreateScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync(RepoPaths.WebProject, CancellationToken.None);
            }
        }

        await using var db = database.NewDbContext();
        var plans = await db.Plans().OrderBy(p => p.PlanYear).ToListAsync();
        Assert.Equal(2, plans.Count);
        Assert.Equal([2020, 2021], plans.Select(p => p.PlanYear));
        Assert.StartsWith("市科发〔2021〕", plans[1].DocNumber);
    }
}
