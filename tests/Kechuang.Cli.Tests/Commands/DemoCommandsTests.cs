using System.Text.Json;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Tests.Commands;

public sealed class DemoCommandsTests
{
    [Theory, DatabaseData]
    public async Task Generate_WritesTheRegistry_PrintsCounts_AndRefusesASecondRun(DatabaseProvider provider)
    {
        await using var database = ScratchDatabase.Create(provider);
        var settings = Settings(database);
        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);

        var (exit, output, error) = await RunAsync(settings, "demo", "generate", "--scale", "60", "--seed", "7", "--as-of", "2026-06-30", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(60, json.RootElement.GetProperty("counts").GetProperty("enterprises").GetInt32());
        Assert.Equal(120, json.RootElement.GetProperty("counts").GetProperty("techContracts").GetInt32());
        Assert.Equal(180, json.RootElement.GetProperty("counts").GetProperty("enterpriseYears").GetInt32());
        Assert.True(json.RootElement.GetProperty("seconds").GetDouble() >= 0);
        var (again, _, refused) = await RunAsync(settings, "demo", "generate", "--scale", "60");
        Assert.Equal(2, again);
        Assert.Contains("已有企业数据", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Csv_WritesAnEnterpriseImportFile_ThatTheRealImportTakesWhole(string format)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kechuang-demo-{Guid.NewGuid():N}.{format}");
        try
        {
            var (exit, output, error) = await RunAsync(null, "demo", "csv", "--registry", "enterprises", "--scale", "300", "--seed", "9", "--out", file);
            Assert.True(exit == 0, error);
            Assert.Contains("已写出 300 行", output, StringComparison.Ordinal);

            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await using var scope = database.CreateScope();
            var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find("enterprises")!;
            var result = await scope.ServiceProvider.GetRequiredService<RunImport>().ExecuteAsync(import,
                new ImportSource(Path.GetFileName(file), file), ImportMode.AllOrNothing, CurrentUser.ServerConsole, CancellationToken.None);

            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equal(new ImportCounts(300, 300, 0, 0, 0), result.Value.Counts);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Csv_WritesContracts_WithAmountsInWanYuan()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kechuang-demo-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, error) = await RunAsync(null, "demo", "csv", "--registry", "contracts", "--scale", "50", "--out", file);
            Assert.True(exit == 0, error);
            var lines = await File.ReadAllLinesAsync(file);
            Assert.Equal(101, lines.Length);
            Assert.Contains("成交额", lines[0], StringComparison.Ordinal);
            Assert.Contains("西安", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UnknownRegistryOrFormat_IsRefusedInChinese()
    {
        var (exit, _, error) = await RunAsync(null, "demo", "csv", "--registry", "patents", "--scale", "10", "--out", Path.Combine(Path.GetTempPath(), "x.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("不支持的登记库", error, StringComparison.Ordinal);
        var (badFormat, _, formatError) = await RunAsync(null, "demo", "csv", "--scale", "10", "--out", Path.Combine(Path.GetTempPath(), "x.txt"));
        Assert.Equal(2, badFormat);
        Assert.Contains("不支持的格式", formatError, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(ScratchDatabase database) => new()
    {
        ["Database:Provider"] = database.Options.Provider.ToString(),
        ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
    };

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KechuangCli.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
