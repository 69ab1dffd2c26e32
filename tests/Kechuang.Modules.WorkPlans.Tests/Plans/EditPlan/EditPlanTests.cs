using Kechuang.Modules.WorkPlans.Plans.EditPlan;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.EditPlan;

using EditPlan = Kechuang.Modules.WorkPlans.Plans.EditPlan.EditPlan;

public sealed class EditPlanTests
{
    [Theory, DatabaseData]
    public async Task EditingDetails_SavesThemAndBumpsTheVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);

        var result = await database.RunAsync<EditPlan, Result<int>>(e => e.ExecuteAsync(plan.Id,
            new PlanEdit(1, Details: new PlanDetailsEdit("2023年临川市科技工作要点（修订）", "临川市科学技术局", "临科发〔2023〕5号", "2023-02-28", 2023)),
            CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(2, result.Value);
        await using var db = database.NewDbContext();
        var saved = await db.Plans().SingleAsync();
        Assert.Equal("临科发〔2023〕5号", saved.DocNumber);
        Assert.Equal(new DateOnly(2023, 2, 28), saved.IssuedOn);
    }

    [Theory, DatabaseData]
    public async Task EditingWithAStaleVersion_IsRefusedAsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);
        var details = new PlanDetailsEdit("甲", null, null, null, 2023);
        await database.RunAsync<EditPlan, Result<int>>(e => e.ExecuteAsync(plan.Id, new PlanEdit(1, Details: details), CancellationToken.None));

        var stale = await database.RunAsync<EditPlan, Result<int>>(e => e.ExecuteAsync(plan.Id, new PlanEdit(1, Details: details with { Title = "乙" }), CancellationToken.None));

        Assert.Equal("plan-version-conflict", stale.Error!.Code);
        await using var db = database.NewDbContext();
        Assert.Equal("甲", (await db.Plans().SingleAsync()).Title);
    }

    [Theory, DatabaseData]
    public async Task AnImpossibleDate_IsRefusedWithAChineseMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = await database.ImportAsync("临川.txt", PlanDocuments.CityPlan2023);

        var result = await database.RunAsync<EditPlan, Result<int>>(e => e.ExecuteAsync(plan.Id,
            new PlanEdit(1, Details: new PlanDetailsEdit("标题", null, null, "2023-02-30", 2023)), CancellationToken.None));

        Assert.Equal("plan-invalid", result.Error!.Code);
        Assert.Contains("不是有效日期", result.Error.Message);
    }

    [Theory, DatabaseData]
    public async Task EditingATaskOfAnotherPlan_IsNotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.ImportAsync("a.txt", PlanDocuments.CityPlan2023);
        var second = await database.ImportAsync("b.txt", PlanDocuments.CityPlan2023Revised.Replace("临川市", "东川市", StringComparison.Ordinal));
        await using var db = database.NewDbContext();
        var foreignTask = await db.PlanTasks().FirstAsync(t => t.PlanId == second.Id);

        var result = await database.RunAsync<EditPlan, Result<int>>(e => e.ExecuteAsync(first.Id,
            new PlanEdit(1, Task: new TaskEdit(foreignTask.Id, "改", "改")), CancellationToken.None));

        Assert.Equal("task-not-found", result.Error!.Code);
    }
}
