using System.Text.Json;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Database;
using Kechuang.Testing;
using Kechuang.Testing.Database;

namespace Kechuang.Cli.Tests.Commands;

public sealed class PlanCommandsTests
{
    [Fact]
    public async Task PlanParseJson_PrintsTheStableShapeForASample()
    {
        var (exit, output, _) = await RunAsync(null, "plan", "parse", Fixtures.SamplePlan("003_4c21071a2a86211b.txt"), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var field in new[] { "title", "issuer", "docNumber", "issuedOn", "planYear", "headlineTargets", "sections", "diagnostics" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.Equal(2020, root.GetProperty("planYear").GetInt32());
        Assert.Equal(10, root.GetProperty("sections").GetArrayLength());
        var task = root.GetProperty("sections")[0].GetProperty("tasks")[0];
        Assert.Equal("1", task.GetProperty("ordinal").GetString());
        foreach (var field in new[] { "ordinal", "title", "text", "targets" })
        {
            Assert.True(task.TryGetProperty(field, out _), $"missing task.{field}");
        }
        var target = root.GetProperty("headlineTargets")[0];
        foreach (var field in new[] { "text", "indicator", "measure", "comparator", "value", "unit", "qualitative" })
        {
            Assert.True(target.TryGetProperty(field, out _), $"missing target.{field}");
        }
        Assert.Contains(root.GetProperty("headlineTargets").EnumerateArray(), t => t.GetProperty("measure").GetString() == "net_increase");
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanParseOfAMissingFile_ExitsWithTwoAndAChineseMessage()
    {
        var (exit, _, error) = await RunAsync(null, "plan", "parse", "/nonexistent/计划.txt");

        Assert.Equal(2, exit);
        Assert.Contains("找不到文件", error);
    }

    [Theory, DatabaseData]
    public async Task MigrateImportList_AndASecondImportIsRecognised(DatabaseProvider provider)
    {
        await using var database = ScratchDatabase.Create(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
        };
        var sample = Fixtures.SamplePlan("000_a5da192f93efdcb6.txt");

        var (notMigrated, _, notMigratedError) = await RunAsync(settings, "plan", "list");
        Assert.Equal(2, notMigrated);
        Assert.Contains("kechuang db migrate", notMigratedError);

        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);
        var (imported, importOutput, importError) = await RunAsync(settings, "plan", "import", sample, "--accept-suggestions");
        Assert.True(imported == 0, importError);
        Assert.Contains("24 项任务", importOutput);

        var (again, _, againError) = await RunAsync(settings, "plan", "import", sample);
        Assert.Equal(3, again);
        Assert.Contains("无需重复导入", againError);

        var (listed, listOutput, _) = await RunAsync(settings, "plan", "list", "--json");
        Assert.Equal(0, listed);
        using var rows = JsonDocument.Parse(listOutput);
        var row = Assert.Single(rows.RootElement.EnumerateArray());
        Assert.Equal(2021, row.GetProperty("planYear").GetInt32());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KechuangCli.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
