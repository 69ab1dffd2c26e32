using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kechuang.Modules.Registry;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.DownloadTemplate;
using Kechuang.Modules.Registry.Imports.ListImportBatches;
using Kechuang.Modules.Registry.Imports.RollbackImport;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

/// <summary>`kechuang registry`: the registries' import, templates, batches and roll-back, through the same use cases as the web.</summary>
internal static class RegistryCommands
{
    /// <summary>Exit codes: 0 done, 1 unexpected failure, 2 the input was refused, 4 rows were rejected.</summary>
    private const int Refused = 2;
    private const int RowsRejected = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliConsole console) => new("registry", "创新主体库：导入（企业、资质、合同、贷款……）、模板、导入批次与撤销")
    {
        Import(console),
        Export(console),
        Template(console),
        Batches(console),
        Rollback(console),
    };

    private static Argument<string> RegistryArgument() =>
        new("REGISTRY") { Description = "数据类别，如 enterprises（企业基本信息）；运行 kechuang registry template --list 查看全部" };

    private static Command Import(CliConsole console)
    {
        var registry = RegistryArgument();
        var file = new Argument<FileInfo>("FILE") { Description = ".xlsx 或 .csv 文件（按模板填写）" };
        var mode = new Option<string>("--mode") { Description = "check 仅校验 / all-or-nothing 全部正确才导入 / valid-rows 只导入正确的行（默认）", DefaultValueFactory = _ => "valid-rows" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出结果" };
        var command = new Command("import", "导入一个文件：逐行逐字段校验，按自然键（信用代码、证书编号、合同登记号……）新增或更新，记为一个可撤销的批次") { registry, file, mode, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            if (await FindAsync(console, scope.ServiceProvider, result.GetValue(registry)!) is not { } import)
            {
                return Refused;
            }
            if (ImportLabels.ParseMode(result.GetValue(mode)) is not { } importMode)
            {
                await console.Error.WriteLineAsync("导入方式应为 check、all-or-nothing 或 valid-rows。");
                return Refused;
            }
            var info = result.GetValue(file)!;
            if (!info.Exists)
            {
                await console.Error.WriteLineAsync($"找不到文件：{info.FullName}");
                return Refused;
            }
            var imported = await scope.ServiceProvider.GetRequiredService<RunImport>().ExecuteAsync(
                import, new ImportSource(info.Name, info.FullName), importMode, CurrentUser.ServerConsole, cancellationToken);
            if (!imported.IsSuccess)
            {
                await console.Error.WriteLineAsync($"未导入：{imported.Error.Message}");
                return Refused;
            }
            var outcome = imported.Value;
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(outcome, Json));
            }
            else
            {
                await console.Out.WriteLineAsync($"批次 {outcome.BatchId}：{outcome.Message}");
                foreach (var error in outcome.Errors.Take(20))
                {
                    await console.Out.WriteLineAsync($"  第 {error.Row.ToString(CultureInfo.InvariantCulture)} 行：{error.Message}");
                }
                if (outcome.HasReport)
                {
                    var options = scope.ServiceProvider.GetRequiredService<ImportOptions>();
                    await console.Out.WriteLineAsync($"结果报告：{Path.Combine(options.Folder, $"{outcome.BatchId:N}-report{Path.GetExtension(info.Name).ToLowerInvariant()}")}");
                }
            }
            return outcome.Counts.Rejected > 0 ? RowsRejected : 0;
        });
        return command;
    }

    /// <summary>The registries the CLI exports in full, each through its own export use case (the web's 导出).</summary>
    private static readonly string[] Exportable =
    [
        "enterprises", "high-tech-certificates", "tech-sme-registrations", "growth-recognitions", "pool-memberships",
        "platforms", "platform-assessments", "talents", "tech-contracts", "tech-loans", "sub-funds", "fund-investments",
        "roadshows", "activities",
    ];

    private static Command Export(CliConsole console)
    {
        var registry = new Argument<string>("REGISTRY") { Description = "数据类别：" + string.Join("、", Exportable) };
        var file = new Argument<FileInfo>("FILE") { Description = "导出文件（.xlsx），列与导入模板相同，可修改后再导入" };
        var command = new Command("export", "导出一个数据类别的全部记录（.xlsx，导入模板格式）") { registry, file };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var key = result.GetValue(registry)!;
            var target = result.GetValue(file)!;
            var user = CurrentUser.ServerConsole;
            var all = user.Scope;
            var provider = scope.ServiceProvider;
            await using var output = File.Create(target.FullName);
            (bool Ok, string Message) outcome = key switch
            {
                "enterprises" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Enterprises.ExportEnterprises.ExportEnterprises>()
                    .ExecuteAsync(new Kechuang.Modules.Registry.Enterprises.EnterpriseFilter(), null, false, all, output, cancellationToken), r => r.Rows),
                "high-tech-certificates" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Qualifications.ExportHighTechCertificates.ExportHighTechCertificates>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates.HighTechCertificateQuery(), output, cancellationToken), r => r.Rows),
                "tech-sme-registrations" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Qualifications.ExportTechSmeRegistrations.ExportTechSmeRegistrations>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations.TechSmeRegistrationQuery(), output, cancellationToken), r => r.Rows),
                "growth-recognitions" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Qualifications.ExportGrowthRecognitions.ExportGrowthRecognitions>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions.GrowthRecognitionQuery(), output, cancellationToken), r => r.Rows),
                "pool-memberships" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Qualifications.ExportPoolMemberships.ExportPoolMemberships>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Qualifications.ListPoolMemberships.PoolMembershipQuery(), output, cancellationToken), r => r.Rows),
                "platforms" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Platforms.ExportPlatforms.ExportPlatforms>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Platforms.ListPlatforms.PlatformFilter(), output, cancellationToken), r => r.Rows),
                "platform-assessments" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Platforms.ExportPlatforms.ExportPlatformAssessments>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Platforms.ListPlatforms.PlatformFilter(), null, output, cancellationToken), r => r.Rows),
                "talents" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Talents.ExportTalents.ExportTalents>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Talents.ListTalents.TalentFilter(), output, cancellationToken), r => r.Rows),
                "tech-contracts" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Contracts.ExportContracts.ExportContracts>()
                    .ExecuteAsync(all, new Kechuang.Modules.Registry.Contracts.ListContracts.ContractFilter(), output, cancellationToken), r => r.Rows),
                "tech-loans" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Finance.ExportFinance.ExportFinance>()
                    .LoansAsync(all, new Kechuang.Modules.Registry.Finance.ListLoans.LoanFilter(), output, cancellationToken), r => r.Rows),
                "sub-funds" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Finance.ExportFinance.ExportFinance>()
                    .FundsAsync(all, output, cancellationToken), r => r.Rows),
                "fund-investments" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Finance.ExportFinance.ExportFinance>()
                    .InvestmentsAsync(all, null, output, cancellationToken), r => r.Rows),
                "roadshows" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Finance.ExportFinance.ExportFinance>()
                    .RoadshowsAsync(all, null, null, null, output, cancellationToken), r => r.Rows),
                "activities" => Outcome(await provider.GetRequiredService<Kechuang.Modules.Registry.Activities.ExportActivities.ExportActivities>()
                    .ExecuteAsync(user, new Kechuang.Modules.Registry.Activities.ListActivities.ActivityFilter(), output, cancellationToken), r => r.Rows),
                _ => (false, $"不能导出“{key}”，可选：{string.Join("、", Exportable)}"),
            };
            if (!outcome.Ok)
            {
                await output.DisposeAsync();
                File.Delete(target.FullName);
                await console.Error.WriteLineAsync($"未导出：{outcome.Message}");
                return Refused;
            }
            await console.Out.WriteLineAsync($"已导出 {outcome.Message} 条记录到 {target.FullName}");
            return 0;
        });
        return command;
    }

    private static (bool Ok, string Message) Outcome<T>(Platform.Results.Result<T> result, Func<T, int> rows) =>
        result.IsSuccess ? (true, rows(result.Value).ToString("N0", CultureInfo.InvariantCulture)) : (false, result.Error.Message);

    private static Command Template(CliConsole console)
    {
        var registry = new Argument<string?>("REGISTRY") { Description = "数据类别", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<FileInfo?>("--out") { Description = "模板保存位置（.xlsx 或 .csv）" };
        var list = new Option<bool>("--list") { Description = "列出全部可导入的数据类别" };
        var command = new Command("template", "生成导入模板（.xlsx 含“填写说明”工作表）") { registry, output, list };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            var imports = services.GetRequiredService<RegistryImports>();
            if (result.GetValue(list) || result.GetValue(registry) is null)
            {
                foreach (var each in imports.All)
                {
                    await console.Out.WriteLineAsync($"{each.Key}\t{each.Title}\t{string.Join("、", each.Fields.Select(f => f.Required ? f.Header + "*" : f.Header))}");
                }
                return 0;
            }
            if (await FindAsync(console, services, result.GetValue(registry)!) is not { } import)
            {
                return Refused;
            }
            var target = result.GetValue(output) ?? new FileInfo(ImportTemplate.FileName(import, TableFormat.Xlsx));
            var format = TableFormats.FromFileName(target.Name) ?? TableFormat.Xlsx;
            await using (var stream = File.Create(target.FullName))
            {
                await ImportTemplate.WriteAsync(import, format, stream, cancellationToken);
            }
            await console.Out.WriteLineAsync($"已生成模板：{target.FullName}");
            return 0;
        });
        return command;
    }

    private static Command Batches(CliConsole console)
    {
        var registry = new Option<string?>("--registry") { Description = "只列出某一数据类别" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("batches", "列出最近的导入批次") { registry, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var page = await scope.ServiceProvider.GetRequiredService<ListImportBatches>()
                .ExecuteAsync(result.GetValue(registry), new PageRequest(1, 50), CurrentUser.ServerConsole, cancellationToken);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(page.Items, Json));
                return 0;
            }
            await console.Out.WriteLineAsync("批次\t时间（北京时间）\t类别\t状态\t行数\t新增\t更新\t无变化\t错误\t文件");
            foreach (var b in page.Items)
            {
                await console.Out.WriteLineAsync(string.Join('\t', b.Id, Platform.Text.BeijingTime.Format(b.StartedAtUtc, "yyyy-MM-dd HH:mm"),
                    b.RegistryTitle, ImportLabels.Status(b.Status), b.TotalRows, b.Inserted, b.Updated, b.Unchanged, b.Rejected, b.FileName));
            }
            return 0;
        });
        return command;
    }

    private static Command Rollback(CliConsole console)
    {
        var batch = new Argument<Guid>("BATCH") { Description = "导入批次编号（kechuang registry batches 可查）" };
        var command = new Command("rollback", "整批撤销一次导入（删除其新增记录、恢复其更新前的数据）") { batch };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var done = await scope.ServiceProvider.GetRequiredService<RollbackImport>()
                .ExecuteAsync(result.GetValue(batch), CurrentUser.ServerConsole, cancellationToken);
            if (!done.IsSuccess)
            {
                await console.Error.WriteLineAsync($"未撤销：{done.Error.Message}");
                return Refused;
            }
            await console.Out.WriteLineAsync(done.Value.Message);
            return 0;
        });
        return command;
    }

    private static async Task<RegistryImport?> FindAsync(CliConsole console, IServiceProvider services, string key)
    {
        var imports = services.GetRequiredService<RegistryImports>();
        if (imports.Find(key) is { } import)
        {
            return import;
        }
        await console.Error.WriteLineAsync($"没有名为“{key}”的数据类别，可选：{string.Join("、", imports.All.Select(i => $"{i.Key}（{i.Title}）"))}");
        return null;
    }
}
