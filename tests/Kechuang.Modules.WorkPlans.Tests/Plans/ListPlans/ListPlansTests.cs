using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.ListPlans;

using ListPlans = Kechuang.Modules.WorkPlans.Plans.ListPlans.ListPlans;

public sealed class ListPlansTests
{
    [Theory, DatabaseData]
    public async Task ThePlansList_ShowsCountsAndHidesOlderRevisionsUnlessAsked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("v1.txt", PlanDocuments.CityPlan2023);
        await database.ImportAsync("v2.txt", PlanDocuments.CityPlan2023Revised);

        var latest = await database.RunAsync<ListPlans, IReadOnlyList<PlanListRow>>(l => l.ExecuteAsync(new ListPlansQuery(), CancellationToken.None));
        var all = await database.RunAsync<ListPlans, IReadOnlyList<PlanListRow>>(l => l.ExecuteAsync(new ListPlansQuery(IncludeOlderRevisions: true), CancellationToken.None));

        var row = Assert.Single(latest);
        Assert.Equal(2023, row.PlanYear);
        Assert.Equal(2, row.Revision);
        Assert.Equal(2, row.SectionCount);
        Assert.Equal(5, row.TaskCount);
        Assert.Equal(3, row.HeadlineTargetCount);
        Assert.Equal(2, all.Count);
    }
}
