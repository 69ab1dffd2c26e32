using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;

namespace Kechuang.Cli.Tests.Commands;

public sealed partial class RegistryCommandsTests
{
    private const string Header = "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况";

    [Theory, DatabaseData]
    public async Task ImportListAndRollBack_FromTheCommandLine(DatabaseProvider provider)
    {
        await using var database = ScratchDatabase.Create(provider);
        var settings = Settings(database);
        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);
        var good = Csv(Header, $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018-05-21,查账征收,否,未上市");
        var mixed = Csv(Header, $"{Uscc(2)},西安长安新材料有限公司,610104,,,,,,,", "91610131000000003X,错码公司,610113,,,,,,,");

        var (exit, output, error) = await RunAsync(settings, "registry", "import", "enterprises", good);
        var (mixedExit, mixedOutput, _) = await RunAsync(settings, "registry", "import", "enterprises", mixed, "--mode", "all-or-nothing");
        var batches = await RunAsync(settings, "registry", "batches");

        Assert.True(exit == 0, error);
        Assert.Contains("新增 1", output, StringComparison.Ordinal);
        Assert.Equal(4, mixedExit);
        Assert.Contains("第 3 行", mixedOutput, StringComparison.Ordinal);
        Assert.Contains("未导入（有错误）", batches.Output, StringComparison.Ordinal);
        var exported = Path.Combine(Path.GetTempPath(), $"kechuang-cli-export-{Guid.NewGuid():N}.xlsx");
        var export = await RunAsync(settings, "registry", "export", "enterprises", exported);
        Assert.True(export.Exit == 0, export.Error);
        Assert.Contains("已导出 1 条记录", export.Output, StringComparison.Ordinal);
        var reimport = await RunAsync(settings, "registry", "import", "enterprises", exported);
        Assert.Contains("无变化 1", reimport.Output, StringComparison.Ordinal);
        var batchId = BatchId().Match(output).Groups[1].Value;
        var rollback = await RunAsync(settings, "registry", "rollback", batchId);
        Assert.True(rollback.Exit == 0, rollback.Error);
        Assert.Contains("删除新增记录 1 条", rollback.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateList_NamesEveryRegistry_AndAnUnknownOneIsRefused()
    {
        var list = await RunAsync(null, "registry", "template", "--list");
        var unknown = await RunAsync(null, "registry", "template", "nothing");

        Assert.Equal(0, list.Exit);
        Assert.Contains("enterprises\t企业基本信息", list.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("没有名为“nothing”的数据类别", unknown.Error, StringComparison.Ordinal);
    }

    private static string Uscc(int n)
    {
        var first17 = "91610131" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + Platform.Codes.Uscc.CheckCharacter(first17);
    }

    private static string Csv(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        return path;
    }

    private static Dictionary<string, string?> Settings(ScratchDatabase database) => new()
    {
        ["Database:Provider"] = database.Options.Provider.ToString(),
        ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
        ["Registry:Import:Folder"] = Path.Combine(Path.GetTempPath(), "kechuang-cli-imports"),
    };

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KechuangCli.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex("批次 ([0-9a-f-]{36})")]
    private static partial Regex BatchId();
}
