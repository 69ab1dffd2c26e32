using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Platform.Database;
using Kechuang.Testing;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.ImportPlan;

public sealed class ImportPlanTests
{
    [Theory, DatabaseData]
    public async Task ImportingTheShaanxiSample_SavesEverySectionTaskAndTarget(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("003.txt", Fixtures.ReadBytes(Fixtures.SamplePlan("003_4c21071a2a86211b.txt")));

        var result = await ImportAsync(database, new ImportPlanCommand(upload));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(10, result.Value.SectionCount);
        Assert.Equal(35, result.Value.TaskCount);
        await using var db = database.NewDbContext();
        var plan = await db.Plans().Include(p => p.Sections).ThenInclude(s => s.Tasks).Include(p => p.Targets).SingleAsync();
        Assert.Equal(2020, plan.PlanYear);
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"], plan.Sections.OrderBy(s => s.Position).Select(s => s.Ordinal));
        Assert.Equal(Enumerable.Range(1, 35).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            plan.Sections.OrderBy(s => s.Position).SelectMany(s => s.Tasks.OrderBy(t => t.Position)).Select(t => t.Ordinal));
        Assert.Equal(9, plan.Targets.Count(t => t.TaskId == null && !t.Qualitative));
        Assert.Equal(upload.ContentHash, plan.ContentHash);
    }

    [Theory, DatabaseData]
    public async Task ImportingTheSameFileTwice_IsRecognisedAndSavesNothingMore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("临川.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023));
        Assert.True((await ImportAsync(database, new ImportPlanCommand(upload))).IsSuccess);

        var again = await ImportAsync(database, new ImportPlanCommand(upload with { FileName = "copy.txt" }));

        Assert.False(again.IsSuccess);
        Assert.Equal("plan-already-imported", again.Error!.Code);
        Assert.Contains("已于", again.Error.Message);
        await using var db = database.NewDbContext();
        Assert.Equal(1, await db.Plans().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task PreviewOfAnImportedFile_SaysAlreadyImported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("临川.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023));
        await ImportAsync(database, new ImportPlanCommand(upload));

        await using var scope = database.CreateScope();
        var preview = await scope.ServiceProvider.GetRequiredService<PreviewPlanImport>().ExecuteAsync(upload, CancellationToken.None);

        Assert.True(preview.IsSuccess);
        Assert.NotNull(preview.Value.AlreadyImported);
    }

    [Theory, DatabaseData]
    public async Task ARevisedDocument_IsSavedAsANewRevisionAndTheOldOneIsKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await ImportAsync(database, new ImportPlanCommand(new PlanUpload("v1.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023))));
        var second = await ImportAsync(database, new ImportPlanCommand(new PlanUpload("v2.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023Revised))));

        Assert.True(second.IsSuccess, second.Error?.Message);
        Assert.Equal(2, second.Value.Revision);
        Assert.Equal(first.Value.Id, second.Value.PreviousRevision?.Id);
        await using var db = database.NewDbContext();
        var plans = await db.Plans().OrderBy(p => p.Revision).ToListAsync();
        Assert.Equal(2, plans.Count);
        Assert.False(plans[0].IsLatestRevision);
        Assert.True(plans[1].IsLatestRevision);
        Assert.Equal(plans[0].LineageId, plans[1].LineageId);
        Assert.Equal(4, await db.PlanTasks().CountAsync(t => t.PlanId == plans[0].Id));
        Assert.Equal(5, await db.PlanTasks().CountAsync(t => t.PlanId == plans[1].Id));
    }

    [Theory, DatabaseData]
    public async Task ImportAsNewPlan_KeepsTheExistingPlanLatest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, new ImportPlanCommand(new PlanUpload("v1.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023))));

        var second = await ImportAsync(database, new ImportPlanCommand(
            new PlanUpload("v2.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023Revised)), ImportAs: ImportAs.NewPlan));

        Assert.Equal(1, second.Value.Revision);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.Plans().CountAsync(p => p.IsLatestRevision));
    }

    [Theory, DatabaseData]
    public async Task AnEditedPlanWithoutTitle_IsRefusedAndNothingIsSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("临川.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023));
        var parsed = PlanParser.Parse(upload.Content, upload.FileName);

        var result = await ImportAsync(database, new ImportPlanCommand(upload, parsed with { Title = "  " }));

        Assert.False(result.IsSuccess);
        Assert.Equal("plan-invalid", result.Error!.Code);
        Assert.Contains("标题", result.Error.Message);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.Plans().CountAsync());
        Assert.Equal(0, await db.PlanTasks().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task ATargetWithoutValueThatIsNotQualitative_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("临川.txt", PlanDocuments.Utf8(PlanDocuments.CityPlan2023));
        var parsed = PlanParser.Parse(upload.Content, upload.FileName);
        var broken = parsed with
        {
            HeadlineTargets = [new ParsedTarget("x", "高新技术企业", TargetMeasure.NetIncrease, TargetComparator.Equal, null, "家", false)],
        };

        var result = await ImportAsync(database, new ImportPlanCommand(upload, broken));

        Assert.False(result.IsSuccess);
        Assert.Contains("缺少数值", result.Error!.Message);
    }

    [Theory, DatabaseData]
    public async Task ADocumentThatIsNotAPlan_IsRefusedWithAChineseMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("novel.txt", PlanDocuments.Utf8("天色渐晚，他沿着河岸慢慢走回家去，心里想着明天的事情。"));

        var result = await ImportAsync(database, new ImportPlanCommand(upload));

        Assert.False(result.IsSuccess);
        Assert.Equal(PlanDocumentErrors.NotAPlan, result.Error!.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error.Message);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.Plans().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task AcceptedSuggestions_AreAppliedAndRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var upload = new PlanUpload("000.txt", Fixtures.ReadBytes(Fixtures.SamplePlan("000_a5da192f93efdcb6.txt")));
        var parsed = PlanParser.Parse(upload.Content, upload.FileName);
        Assert.Equal(3031, parsed.PlanYear);
        var (corrected, accepted) = DiagnosticCorrections.ApplyAll(parsed);

        var result = await ImportAsync(database, new ImportPlanCommand(upload, corrected, accepted));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        var plan = await db.Plans().Include(p => p.Diagnostics).SingleAsync();
        Assert.Equal(2021, plan.PlanYear);
        Assert.Equal(new DateOnly(2021, 3, 25), plan.IssuedOn);
        Assert.DoesNotContain("〉", plan.Title);
        Assert.Contains(plan.Diagnostics, d => d.Accepted);
    }

    private static async Task<Kechuang.Platform.Results.Result<ImportedPlan>> ImportAsync(TestDatabase database, ImportPlanCommand command)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Kechuang.Modules.WorkPlans.Plans.ImportPlan.ImportPlan>()
            .ExecuteAsync(command, CancellationToken.None);
    }
}
