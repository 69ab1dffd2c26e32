using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Testing;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.WorkPlans;

[Collection(BrowserCollection.Name)]
public sealed partial class WorkPlanPagesTests(BrowserFixture browser)
{
    private const string NewPlan = """
        2024年临川市科技工作要点

        2024年全市科技工作的主要预期目标是：高新技术企业净增300家，技术合同成交额超过80亿元。

        一、强化企业创新主体地位
        1.实施高新技术企业倍增行动。建立高新技术企业培育库，全年高新技术企业净增300家。
        2.推动科技型中小企业扩容。科技型中小企业评价入库超过1200家。

        二、促进科技成果转移转化
        3.建设技术转移服务体系。新增技术经理人50名，技术合同成交额超过80亿元。
        """;

    [Fact]
    public async Task UploadPreviewEditConfirm_ShowsTheSavedPlan()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/work-plans/import");

        await page.Locator("input[type=file]").SetInputFilesAsync(File("临川2024.txt", NewPlan));

        await Assertions.Expect(page.GetByTestId("preview-sections")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("preview-tasks")).ToHaveTextAsync("3");
        await Assertions.Expect(page.GetByTestId("preview-headline-targets")).ToHaveTextAsync("2");
        var title = page.GetByTestId("draft-title");
        await title.FillAsync("2024年临川市科技工作要点（核对稿）");
        await title.BlurAsync();
        await page.ScreenshotAsync("import-preview");
        await page.GetByTestId("confirm-import").ClickAsync();

        await page.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("2024年临川市科技工作要点（核对稿）");
        await Assertions.Expect(page.GetByTestId("headline-targets").GetByTestId("target-row")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("plan-detail");
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            // Saved from the Blazor circuit: the audit entry still names the signed-in user and the browser's address.
            var created = await scope.ServiceProvider.GetRequiredService<Kechuang.Platform.Database.KechuangDbContext>()
                .Set<Kechuang.Platform.Audit.AuditEntry>()
                .Where(e => e.Action == Kechuang.Platform.Audit.AuditActions.Create && e.TargetType == "WorkPlan")
                .OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.Equal("demo.planner", created.UserName);
            Assert.Equal("综合规划处", created.UnitName);
            Assert.Equal("127.0.0.1", created.ClientIp);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task UploadingAnAlreadyImportedSample_SaysSoAndCannotBeConfirmed()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/work-plans/import");

        await page.Locator("input[type=file]").SetInputFilesAsync(Fixtures.SamplePlan("003_4c21071a2a86211b.txt"));

        await Assertions.Expect(page.GetByTestId("already-imported")).ToContainTextAsync("无需重复导入");
        await Assertions.Expect(page.GetByTestId("confirm-import")).ToBeDisabledAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OcrDiagnostics_CanBeAcceptedInThePreview()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/work-plans/import");
        var damaged = System.IO.File.ReadAllText(Fixtures.SamplePlan("000_a5da192f93efdcb6.txt")) + "\n";

        await page.Locator("input[type=file]").SetInputFilesAsync(File("xian-copy.txt", damaged));

        await Assertions.Expect(page.GetByTestId("diagnostics")).ToContainTextAsync("3031");
        await Assertions.Expect(page.GetByTestId("draft-year")).ToHaveValueAsync("3031");
        await page.GetByTestId("accept-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("draft-year")).ToHaveValueAsync("2021");
        await Assertions.Expect(page.GetByTestId("draft-title")).Not.ToHaveValueAsync(new Regex("〉"));
        await page.ScreenshotAsync("import-diagnostics-accepted");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BinaryJunk_IsRefusedWithAChineseMessage()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/work-plans/import");
        var junk = new byte[2048];
        new Random(3).NextBytes(junk);

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "junk.txt", MimeType = "text/plain", Buffer = junk });

        await Assertions.Expect(page.GetByTestId("import-error")).ToContainTextAsync(new Regex("[\u4e00-\u9fff]{4}"));
        await Assertions.Expect(page.GetByTestId("confirm-import")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PlansListAndSearch_FindTasksInTheXianPlan()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/work-plans");
        await Assertions.Expect(page.GetByTestId("plans-table")).ToContainTextAsync("2021年西安市科技工作要点");

        await page.GetByTestId("plans-table").GetByRole(AriaRole.Link, new() { Name = "2021年西安市科技工作要点" }).ClickAsync();
        await page.WaitForURLAsync(PlanUrl());
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("部分与任务") }).ClickAsync();
        var search = page.GetByTestId("plan-search");
        await search.FillAsync("技术经理人");
        await search.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("search-count")).ToContainTextAsync("找到");
        await Assertions.Expect(page.GetByTestId("search-hit").First).ToContainTextAsync("技术经理人");
        await Assertions.Expect(page.Locator("mark.kc-hit").First).ToHaveTextAsync("技术经理人");
        await page.ScreenshotAsync("plan-search");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HomePage_DrawsTheEChartsOverviewOfThePlans()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/");

        var chart = page.Locator(".kc-chart svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".kc-chart")).ToContainTextAsync("主要预期目标");
        await page.ScreenshotAsync("home-chart");
        await page.Context.CloseAsync();
    }

    private static FilePayload File(string name, string text) =>
        new() { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) };

    [GeneratedRegex(@"/work-plans/[0-9a-f-]{36}$")]
    private static partial Regex PlanUrl();
}
