using System.Text.Json;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Files;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

internal static class ImportPlanEndpoints
{
    public static void MapImportPlan(this RouteGroupBuilder group)
    {
        // Token-free, cookie-free API for now: antiforgery is added with cookie authentication (TODO(#3)).
        group.MapPost("/plans/preview", PreviewAsync)
            .WithName("PreviewPlanImport")
            .WithSummary("预览导入：解析上传的工作要点文件（.txt/.docx/.pdf），返回结构、目标和诊断，不保存")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(WorkPlanPermissions.Import);

        group.MapPost("/plans/import", ImportAsync)
            .WithName("ImportPlan")
            .WithSummary("导入工作要点：保存上传的文件（可附带预览中修改后的结构 plan 和已采纳的诊断序号 acceptedDiagnostics）")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(WorkPlanPermissions.Import);
    }

    private static async Task<Results<Ok<PlanImportPreview>, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, PreviewPlanImport preview, PlanReadOptions options, CancellationToken cancellationToken)
    {
        var file = await UploadedFile.ReadAsync(request, "file", options.MaxFileBytes, cancellationToken);
        if (!file.IsSuccess)
        {
            return file.Error.ToProblem();
        }
        var result = await preview.ExecuteAsync(new PlanUpload(file.Value.FileName, file.Value.Content), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<Created<ImportedPlan>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ImportPlan import, PlanReadOptions options, CancellationToken cancellationToken)
    {
        var file = await UploadedFile.ReadAsync(request, "file", options.MaxFileBytes, cancellationToken);
        if (!file.IsSuccess)
        {
            return file.Error.ToProblem();
        }
        var form = file.Value.Form;

        ParsedPlan? edited = null;
        if (form.TryGetValue("plan", out var planJson) && !string.IsNullOrWhiteSpace(planJson))
        {
            try
            {
                edited = PlanJson.Deserialize(planJson!);
            }
            catch (JsonException)
            {
                return Error.Validation("plan-json-invalid", "字段 plan 不是有效的要点 JSON（格式同 kechuang plan parse --json 的输出）。").ToProblem();
            }
        }
        var accepted = new List<int>();
        foreach (var value in form["acceptedDiagnostics"])
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, out var index))
                {
                    return Error.Validation("accepted-diagnostics-invalid", "acceptedDiagnostics 应为以逗号分隔的诊断序号。").ToProblem();
                }
                accepted.Add(index);
            }
        }
        var importAs = ImportAs.Automatic;
        if (form.TryGetValue("importAs", out var importAsText) && !string.IsNullOrWhiteSpace(importAsText) &&
            !Enum.TryParse(importAsText, ignoreCase: true, out importAs))
        {
            return Error.Validation("import-as-invalid", "importAs 只能为 Automatic（自动识别新版本）或 NewPlan（作为新要点）。").ToProblem();
        }

        var result = await import.ExecuteAsync(
            new ImportPlanCommand(new PlanUpload(file.Value.FileName, file.Value.Content), edited, accepted, importAs),
            cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/work-plans/plans/{result.Value.Id}", result.Value)
            : result.Error.ToProblem();
    }
}
