using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Plans;
using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

internal static class PlanCommands
{
    /// <summary>Exit codes: 0 done, 1 unexpected failure, 2 the input was refused, 3 already imported.</summary>
    private const int Refused = 2;
    private const int AlreadyImported = 3;

    public static Command Create(CliConsole console) => new("plan", "工作要点：解析、导入、列表")
    {
        Parse(console),
        Import(console),
        List(console),
    };

    private static Command Parse(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要点文件（.txt、.docx、.pdf）" };
        var json = new Option<bool>("--json") { Description = "输出稳定的 JSON 结构（供集成与评测使用）" };
        var command = new Command("parse", "解析工作要点文件并输出结构（不保存）") { file, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var content = await ReadFileAsync(console, result.GetValue(file)!, cancellationToken);
            if (content is null)
            {
                return Refused;
            }
            await using var services = console.BuildServices();
            ParsedPlan plan;
            try
            {
                plan = PlanParser.Parse(content, result.GetValue(file)!.Name, services.GetRequiredService<PlanReadOptions>());
            }
            catch (PlanDocumentException ex)
            {
                await console.Error.WriteLineAsync($"无法解析：{ex.Message}（{ex.Code}）");
                return Refused;
            }
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(PlanJson.Serialize(plan));
            }
            else
            {
                await WriteSummaryAsync(console.Out, plan);
            }
            return 0;
        });
        return command;
    }

    private static Command Import(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要点文件（.txt、.docx、.pdf）" };
        var accept = new Option<bool>("--accept-suggestions") { Description = "采纳全部识别诊断给出的修正建议（如 OCR 误识的年份）" };
        var asNew = new Option<bool>("--as-new-plan") { Description = "即使已有同名要点，也作为新要点保存（而不是新版本）" };
        var command = new Command("import", "导入工作要点文件并保存（同一文件重复导入会被识别）") { file, accept, asNew };
        command.SetAction(async (result, cancellationToken) =>
        {
            var info = result.GetValue(file)!;
            var content = await ReadFileAsync(console, info, cancellationToken);
            if (content is null)
            {
                return Refused;
            }
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var upload = new PlanUpload(info.Name, content);
            ParsedPlan? edited = null;
            IReadOnlyList<int> accepted = [];
            if (result.GetValue(accept))
            {
                var preview = await scope.ServiceProvider.GetRequiredService<PreviewPlanImport>().ExecuteAsync(upload, cancellationToken);
                if (!preview.IsSuccess)
                {
                    await console.Error.WriteLineAsync($"无法导入：{preview.Error.Message}");
                    return Refused;
                }
                (edited, accepted) = DiagnosticCorrections.ApplyAll(preview.Value.Plan);
            }
            var imported = await scope.ServiceProvider.GetRequiredService<ImportPlan>().ExecuteAsync(
                new ImportPlanCommand(upload, edited, accepted, result.GetValue(asNew) ? ImportAs.NewPlan : ImportAs.Automatic),
                cancellationToken);
            if (!imported.IsSuccess)
            {
                await console.Error.WriteLineAsync($"未导入：{imported.Error.Message}");
                return imported.Error.Code == "plan-already-imported" ? AlreadyImported : Refused;
            }
            var plan = imported.Value;
            await console.Out.WriteLineAsync(
                $"已导入《{plan.Title}》第 {plan.Revision} 版（{plan.Id}）：{plan.SectionCount} 个部分、{plan.TaskCount} 项任务、{plan.TargetCount} 个目标。");
            return 0;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var all = new Option<bool>("--all") { Description = "包括历史版本" };
        var command = new Command("list", "列出已导入的工作要点") { json, all };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var rows = await scope.ServiceProvider.GetRequiredService<ListPlans>()
                .ExecuteAsync(new ListPlansQuery(IncludeOlderRevisions: result.GetValue(all)), cancellationToken);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, PlanJson.Options));
                return 0;
            }
            if (rows.Count == 0)
            {
                await console.Out.WriteLineAsync("还没有导入任何工作要点。");
                return 0;
            }
            await console.Out.WriteLineAsync("年度\t版本\t部分\t任务\t主要目标\t全部目标\t标题\tID");
            foreach (var row in rows)
            {
                await console.Out.WriteLineAsync(string.Join('\t',
                    row.PlanYear?.ToString(CultureInfo.InvariantCulture) ?? "—", row.Revision, row.SectionCount, row.TaskCount,
                    row.HeadlineTargetCount, row.TargetCount, row.Title, row.Id));
            }
            return 0;
        });
        return command;
    }

    private static async Task<byte[]?> ReadFileAsync(CliConsole console, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await console.Error.WriteLineAsync($"找不到文件：{file.FullName}");
            return null;
        }
        var limit = PlanReadOptions.Default.MaxFileBytes;
        if (file.Length > limit)
        {
            await console.Error.WriteLineAsync($"文件超过大小上限（{limit / 1024 / 1024} MB）：{file.Name}");
            return null;
        }
        return await File.ReadAllBytesAsync(file.FullName, cancellationToken);
    }

    private static async Task<int?> RequireMigratedAsync(CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<KechuangDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await console.Error.WriteLineAsync("数据库尚未迁移到最新版本，请先运行：kechuang db migrate");
            return Refused;
        }
        return null;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ParsedPlan plan)
    {
        await output.WriteLineAsync($"标题：{plan.Title}");
        await output.WriteLineAsync($"发文单位：{plan.Issuer}　文号：{plan.DocNumber}　成文日期：{plan.IssuedOn}　年度：{plan.PlanYear}");
        await output.WriteLineAsync($"主要预期目标（{plan.HeadlineTargets.Count(t => !t.Qualitative)} 个量化，{plan.HeadlineTargets.Count(t => t.Qualitative)} 个定性）：");
        foreach (var target in plan.HeadlineTargets)
        {
            await output.WriteLineAsync($"  · {target.Indicator}　{TargetLabels.Of(target.Measure)}　{TargetLabels.Value(target.Comparator, target.Value, target.Unit, target.Qualitative)}");
        }
        await output.WriteLineAsync($"部分 {plan.Sections.Count} 个，任务 {plan.Sections.Sum(s => s.Tasks.Count)} 项：");
        foreach (var section in plan.Sections)
        {
            await output.WriteLineAsync($"  {section.Ordinal}、{section.Title}");
            foreach (var task in section.Tasks)
            {
                await output.WriteLineAsync($"    {task.Ordinal}. {task.Title}（目标 {task.Targets.Count} 个）");
            }
        }
        if (plan.Diagnostics.Count > 0)
        {
            await output.WriteLineAsync("识别诊断：");
            foreach (var diagnostic in plan.Diagnostics)
            {
                await output.WriteLineAsync($"  [{TargetLabels.Of(diagnostic.Severity)}] {diagnostic.Message}　原文：{diagnostic.Excerpt}　建议：{diagnostic.Suggestion ?? "—"}");
            }
        }
    }
}
