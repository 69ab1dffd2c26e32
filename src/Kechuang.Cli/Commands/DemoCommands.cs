using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kechuang.Modules.Registry;
using Kechuang.Modules.Registry.Demo;
using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

internal static class DemoCommands
{
    /// <summary>Exit codes: 0 done, 2 refused (not migrated, registry not empty, bad option).</summary>
    private const int Refused = 2;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console) => new("demo", "演示与压测数据：生成西安市创新主体库模拟数据")
    {
        Generate(console),
        Csv(console),
    };

    private static Option<int> ScaleOption() => new("--scale") { Description = "企业数量（其他各库按比例生成）", Required = true };

    private static Option<int> SeedOption() => new("--seed") { Description = "随机种子：相同种子与规模生成完全相同的数据", DefaultValueFactory = _ => DemoDataGenerator.DemoSeed };

    private static Option<string?> AsOfOption() => new("--as-of") { Description = "数据截至日期（yyyy-MM-dd，默认今天）；固定它可在不同日期复现同样的数据" };

    private static Command Generate(CliConsole console)
    {
        var scale = ScaleOption();
        var seed = SeedOption();
        var asOf = AsOfOption();
        var contracts = new Option<int?>("--contracts") { Description = "技术合同数量（默认企业数量的 2 倍）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出各库数量与耗时" };
        var command = new Command("generate", "生成模拟数据并写入所配置的数据库（创新主体库须为空）") { scale, seed, asOf, contracts, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var generator = await GeneratorAsync(console, result.GetValue(seed), result.GetValue(scale), result.GetValue(asOf), result.GetValue(contracts));
            if (generator is null)
            {
                return Refused;
            }
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await console.Error.WriteLineAsync("数据库尚未迁移到最新版本，请先运行：kechuang db migrate");
                return Refused;
            }
            var quiet = result.GetValue(json);
            var written = await scope.ServiceProvider.GetRequiredService<DemoDataWriter>().WriteAsync(generator, Guid.Empty,
                quiet ? null : line => console.Out.WriteLine("  " + line), cancellationToken);
            if (!written.IsSuccess)
            {
                await console.Error.WriteLineAsync($"未生成：{written.Error.Message}");
                return Refused;
            }
            var (counts, elapsed) = (written.Value.Counts, written.Value.Elapsed);
            if (quiet)
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    seed = generator.Seed,
                    scale = generator.Scale,
                    asOf = generator.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    provider = db.Provider.ToString(),
                    counts,
                    total = counts.Total,
                    seconds = Math.Round(elapsed.TotalSeconds, 2),
                }, Json));
                return 0;
            }
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"已生成演示数据（种子 {generator.Seed}，规模 {generator.Scale:N0}，截至 {generator.AsOf:yyyy-MM-dd}，{db.Provider}）："));
            foreach (var (label, count) in counts.Lines)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {label}\t{count:N0}"));
            }
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"共 {counts.Total:N0} 条，用时 {elapsed.TotalSeconds:F1} 秒（{counts.Total / Math.Max(0.001, elapsed.TotalSeconds):N0} 条/秒）。"));
            return 0;
        });
        return command;
    }

    private static Command Csv(CliConsole console)
    {
        var registry = new Option<string>("--registry") { Description = "enterprises（企业基本信息）或 contracts（技术合同）", DefaultValueFactory = _ => EnterpriseImport.RegistryKey };
        var scale = ScaleOption();
        var seed = SeedOption();
        var asOf = AsOfOption();
        var contracts = new Option<int?>("--contracts") { Description = "技术合同数量（默认企业数量的 2 倍）" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件", Required = true };
        var format = new Option<string?>("--format") { Description = "csv 或 xlsx（默认按文件扩展名）" };
        var command = new Command("csv", "把模拟数据写成导入模板格式的文件（表头与导入模板一致，逐行写出）") { registry, scale, seed, asOf, contracts, output, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var generator = await GeneratorAsync(console, result.GetValue(seed), result.GetValue(scale), result.GetValue(asOf), result.GetValue(contracts));
            if (generator is null)
            {
                return Refused;
            }
            var file = result.GetValue(output)!;
            var formatText = result.GetValue(format) ?? file.Extension.TrimStart('.');
            TableFormat? tableFormat = formatText.ToLowerInvariant() switch { "csv" => TableFormat.Csv, "xlsx" => TableFormat.Xlsx, _ => null };
            if (tableFormat is null)
            {
                await console.Error.WriteLineAsync($"不支持的格式“{formatText}”，应为 csv 或 xlsx。");
                return Refused;
            }
            await using var services = console.BuildServices();
            var imports = services.GetRequiredService<RegistryImports>();
            var key = result.GetValue(registry)!;
            (IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, int Count)? table = key switch
            {
                EnterpriseImport.RegistryKey => (DemoImportFiles.EnterpriseHeaders, DemoImportFiles.EnterpriseRows(generator), generator.Scale),
                "contracts" or "tech-contracts" => ContractTable(imports, generator),
                _ => null,
            };
            if (table is not { } t)
            {
                await console.Error.WriteLineAsync($"不支持的登记库“{key}”，应为 enterprises 或 contracts。");
                return Refused;
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (file.Directory is { } folder)
            {
                folder.Create();
            }
            await using (var stream = file.Create())
            {
                await TableWriter.WriteAsync(stream, tableFormat.Value, t.Headers, t.Rows, key == EnterpriseImport.RegistryKey ? "企业基本信息" : "技术合同",
                    null, cancellationToken);
            }
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"已写出 {t.Count:N0} 行到 {file.FullName}（{new FileInfo(file.FullName).Length / 1024.0 / 1024.0:F1} MB，{watch.Elapsed.TotalSeconds:F1} 秒）。"));
            return 0;
        });
        return command;
    }

    private static (IReadOnlyList<string>, IEnumerable<IReadOnlyList<object?>>, int) ContractTable(RegistryImports imports, DemoDataGenerator generator)
    {
        var import = imports.Find("contracts") ?? imports.Find("tech-contracts");
        var headers = import?.Fields.Select(f => f.Header).ToList() ?? [.. DemoImportFiles.ContractHeaders];
        return (headers, DemoImportFiles.ContractRows(generator, headers), generator.ContractCount);
    }

    private static async Task<DemoDataGenerator?> GeneratorAsync(CliConsole console, int seed, int scale, string? asOf, int? contracts)
    {
        if (scale <= 0 || contracts < 0)
        {
            await console.Error.WriteLineAsync("规模（--scale）应为正整数，合同数量不能为负。");
            return null;
        }
        var date = DateOnly.FromDateTime(DateTime.UtcNow + Platform.Text.BeijingTime.Offset);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            await console.Error.WriteLineAsync($"截至日期“{asOf}”格式不对，应为 yyyy-MM-dd。");
            return null;
        }
        return new DemoDataGenerator(seed, scale, date, contracts);
    }
}
