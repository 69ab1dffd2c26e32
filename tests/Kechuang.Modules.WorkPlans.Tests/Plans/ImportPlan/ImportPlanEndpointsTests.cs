using Kechuang.Testing.Identity;
using Kechuang.Modules.WorkPlans;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Plans.GetPlan;
using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Kechuang.Testing.Web;

namespace Kechuang.Modules.WorkPlans.Tests.Plans.ImportPlan;

public sealed class ImportPlanEndpointsTests
{
    [Theory, DatabaseData]
    public async Task PreviewThenImportThenRead_OverTheApi(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Provider = provider } };
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);

        using var previewResponse = await client.PostAsync("/api/work-plans/plans/preview", FileForm("临川.txt", PlanDocuments.CityPlan2023));
        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        var preview = await previewResponse.Content.ReadFromJsonAsync<PlanImportPreview>(PlanJson.Options);
        Assert.Equal(2, preview!.Plan.Sections.Count);
        Assert.Null(preview.AlreadyImported);

        var edited = preview.Plan with { Title = "2023年临川市科技工作要点（核对后）" };
        using var form = FileForm("临川.txt", PlanDocuments.CityPlan2023);
        form.Add(new StringContent(PlanJson.Serialize(edited), Encoding.UTF8), "plan");
        using var importResponse = await client.PostAsync("/api/work-plans/plans/import", form);
        Assert.Equal(HttpStatusCode.Created, importResponse.StatusCode);
        var imported = await importResponse.Content.ReadFromJsonAsync<ImportedPlan>(PlanJson.Options);
        Assert.Equal("2023年临川市科技工作要点（核对后）", imported!.Title);

        var detail = await client.GetFromJsonAsync<PlanDetail>($"/api/work-plans/plans/{imported.Id}", PlanJson.Options);
        Assert.Equal(4, detail!.Sections.Sum(s => s.Tasks.Count));
        var list = await client.GetFromJsonAsync<List<PlanListRow>>("/api/work-plans/plans?year=2023", PlanJson.Options);
        Assert.Contains(list!, row => row.Id == imported.Id);
    }

    [Fact]
    public async Task ImportingTheSameFileAgain_Answers409WithAChineseProblem()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);
        (await client.PostAsync("/api/work-plans/plans/import", FileForm("a.txt", PlanDocuments.CityPlan2023))).Dispose();

        using var again = await client.PostAsync("/api/work-plans/plans/import", FileForm("b.txt", PlanDocuments.CityPlan2023));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("plan-already-imported", problem.GetProperty("code").GetString());
        Assert.Contains("无需重复导入", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUploadOverTheLimit_IsRefusedWith413AndAChineseMessage_AndTheServerKeepsWorking()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Settings = new Dictionary<string, string?> { ["WorkPlans:Import:MaxFileBytes"] = "1024" } } };
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);

        using var response = await client.PostAsync("/api/work-plans/plans/preview", FileForm("big.txt", new string('科', 4000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("超过大小上限", problem.GetProperty("detail").GetString());
        using var next = await client.GetAsync("/api/work-plans/plans");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A200MegabyteUpload_IsRefusedBeforeItIsRead()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);
        using var content = new ByteArrayContent([]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        content.Headers.ContentLength = 200L * 1024 * 1024;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/work-plans/plans/import") { Content = content };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("超过大小上限", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BinaryJunkAndEmptyFiles_GetClearChineseRefusalsAndNothingIsSaved()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);
        var before = await client.GetFromJsonAsync<List<PlanListRow>>("/api/work-plans/plans", PlanJson.Options);
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        foreach (var (name, bytes) in new[] { ("junk.txt", junk), ("empty.txt", Array.Empty<byte>()), ("fake.docx", Encoding.UTF8.GetBytes("不是压缩包")) })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "file", name);
            using var response = await client.PostAsync("/api/work-plans/plans/import", form);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{name}: {response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
        }
        var after = await client.GetFromJsonAsync<List<PlanListRow>>("/api/work-plans/plans", PlanJson.Options);
        Assert.Equal(before!.Count, after!.Count);
    }

    [Fact]
    public async Task AnUnknownPlan_Is404WithAChineseProblem()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);

        using var response = await client.GetAsync($"/api/work-plans/plans/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DemoMode_ShowsTheTwoSamplePlans()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit);

        var plans = await client.GetFromJsonAsync<List<PlanListRow>>("/api/work-plans/plans", PlanJson.Options);

        Assert.Equal([2021, 2020], plans!.Select(p => p.PlanYear ?? 0));
        Assert.Equal([24, 35], plans!.Select(p => p.TaskCount));
    }

    private static MultipartFormDataContent FileForm(string fileName, string text)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", fileName);
        return form;
    }
}
