using Kechuang.Platform.Database;
using Kechuang.Testing.Database;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.SearchPlan;

using SearchPlan = Kechuang.Modules.WorkPlans.Plans.SearchPlan.SearchPlan;

public sealed class SearchPlanTests
{
    [Theory, DatabaseData]
    public async Task SearchWithTwoWords_FindsOnlyTasksContainingBoth(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);

        var result = await database.RunAsync<SearchPlan, Kechuang.Platform.Results.Result<IReadOnlyList<Kechuang.Modules.WorkPlans.Plans.SearchPlan.PlanSearchHit>>>(
            s => s.ExecuteAsync(plan.Id, "技术经理人 成交额", CancellationToken.None));

        var hit = Assert.Single(result.Value);
        Assert.Equal("3", hit.TaskOrdinal);
        Assert.Contains("技术经理人", hit.Snippet);
    }

    [Theory, DatabaseData]
    public async Task SqlInjectionAndWildcards_AreSearchedLiterally(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);

        foreach (var query in new[] { "' OR 1=1 --", "%", "_", "\"; DROP TABLE wp_tasks; --" })
        {
            var result = await database.RunAsync<SearchPlan, Kechuang.Platform.Results.Result<IReadOnlyList<Kechuang.Modules.WorkPlans.Plans.SearchPlan.PlanSearchHit>>>(
                s => s.ExecuteAsync(plan.Id, query, CancellationToken.None));
            Assert.True(result.IsSuccess);
            Assert.Empty(result.Value);
        }
        var still = await database.RunAsync<SearchPlan, Kechuang.Platform.Results.Result<IReadOnlyList<Kechuang.Modules.WorkPlans.Plans.SearchPlan.PlanSearchHit>>>(
            s => s.ExecuteAsync(plan.Id, "科技", CancellationToken.None));
        Assert.NotEmpty(still.Value);
    }

    [Theory, DatabaseData]
    public async Task EmptyQueryOrUnknownPlan_GetAChineseMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);

        var empty = await database.RunAsync<SearchPlan, Kechuang.Platform.Results.Result<IReadOnlyList<Kechuang.Modules.WorkPlans.Plans.SearchPlan.PlanSearchHit>>>(
            s => s.ExecuteAsync(plan.Id, "   ", CancellationToken.None));
        var unknown = await database.RunAsync<SearchPlan, Kechuang.Platform.Results.Result<IReadOnlyList<Kechuang.Modules.WorkPlans.Plans.SearchPlan.PlanSearchHit>>>(
            s => s.ExecuteAsync(Guid.NewGuid(), "科技", CancellationToken.None));

        Assert.Equal("search-empty", empty.Error!.Code);
        Assert.Equal("plan-not-found", unknown.Error!.Code);
    }
}
