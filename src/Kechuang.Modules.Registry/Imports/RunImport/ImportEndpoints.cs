using System.Security.Claims;
using Kechuang.Modules.Registry.Imports.DownloadTemplate;
using Kechuang.Modules.Registry.Imports.ListImportBatches;
using Kechuang.Platform.Files;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Imports.RunImport;

public sealed record ImportFieldView(string Header, bool Required, string Hint, string Example);

public sealed record RegistryImportView(string Key, string Title, IReadOnlyList<ImportFieldView> Fields, IReadOnlyList<string> Notes);

internal static class ImportEndpoints
{
    public static void MapImportEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/imports", (RegistryImports imports) => TypedResults.Ok(imports.All.Select(View).ToList()))
            .WithName("ListRegistryImports")
            .WithSummary("可导入的数据类别及其模板列（列名、是否必填、填写说明、示例）")
            .RequireAuthorization(RegistryPermissions.Import);

        group.MapGet("/imports/{registry}/template", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string registry, string? format, RegistryImports imports, CancellationToken cancellationToken) =>
            {
                if (imports.Find(registry) is not { } import)
                {
                    return UnknownRegistry(registry).ToProblem();
                }
                var tableFormat = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? TableFormat.Csv : TableFormat.Xlsx;
                var file = TempFile();
                await ImportTemplate.WriteAsync(import, tableFormat, file, cancellationToken);
                file.Position = 0;
                return TypedResults.File(file, TableFormats.ContentType(tableFormat), ImportTemplate.FileName(import, tableFormat));
            })
            .WithName("DownloadRegistryImportTemplate")
            .WithSummary("下载导入模板（format=xlsx 或 csv；xlsx 含“填写说明”工作表）")
            .RequireAuthorization(RegistryPermissions.Import);

        group.MapPost("/imports/{registry}", async Task<Results<Ok<ImportResult>, ProblemHttpResult>> (
                string registry, HttpRequest request, ClaimsPrincipal user, RegistryImports imports, RunImport run,
                ImportOptions options, CancellationToken cancellationToken) =>
            {
                if (imports.Find(registry) is not { } import)
                {
                    return UnknownRegistry(registry).ToProblem();
                }
                var upload = await UploadedFile.SaveAsync(request, "file", options.MaxFileBytes, Path.Combine(options.Folder, "uploads"), cancellationToken);
                if (!upload.IsSuccess)
                {
                    return upload.Error.ToProblem();
                }
                try
                {
                    if (ImportLabels.ParseMode(upload.Value.Form["mode"]) is not { } mode)
                    {
                        return Error.Validation("import.mode", "导入方式应为 check（仅校验）、all-or-nothing（全部正确才导入）或 valid-rows（只导入正确的行）。").ToProblem();
                    }
                    var result = await run.ExecuteAsync(import, new ImportSource(upload.Value.FileName, upload.Value.Path), mode,
                        CurrentUser.From(user), cancellationToken);
                    return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
                }
                finally
                {
                    File.Delete(upload.Value.Path);
                }
            })
            .WithName("RunRegistryImport")
            .WithSummary("导入文件（.xlsx/.csv，字段 file；mode=check 仅校验 / all-or-nothing 全部正确才导入 / valid-rows 只导入正确的行）")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(RegistryPermissions.Import);

        group.MapGet("/import-batches", async (string? registry, int? page, int? pageSize, ClaimsPrincipal user,
                ListImportBatches.ListImportBatches list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(registry, new PageRequest(page ?? 1, pageSize ?? 20), CurrentUser.From(user), cancellationToken)))
            .WithName("ListRegistryImportBatches")
            .WithSummary("导入批次记录（操作人、时间、文件哈希、行数统计、状态），最新在前")
            .RequireAuthorization(RegistryPermissions.Import);

        group.MapGet("/import-batches/{id:guid}/report", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, ListImportBatches.ListImportBatches list, ImportOptions options, CancellationToken cancellationToken) =>
            {
                var batch = await list.FindAsync(id, CurrentUser.From(user), cancellationToken);
                if (batch is null)
                {
                    return Error.NotFound("import.batch-not-found", "未找到该导入批次。").ToProblem();
                }
                var path = batch.ReportFile is null ? null : Path.Combine(options.Folder, batch.ReportFile);
                if (path is null || !File.Exists(path))
                {
                    return Error.NotFound("import.report-not-found", "该批次没有错误报告（所有行都正确，或报告已被清理）。").ToProblem();
                }
                var format = TableFormats.FromFileName(path) ?? TableFormat.Xlsx;
                var name = $"{Path.GetFileNameWithoutExtension(batch.FileName)}-导入结果{TableFormats.Extension(format)}";
                return TypedResults.File(File.OpenRead(path), TableFormats.ContentType(format), name);
            })
            .WithName("DownloadRegistryImportReport")
            .WithSummary("下载导入结果报告：原文件各行加“导入结果”“错误说明”两列，格式与上传文件相同")
            .RequireAuthorization(RegistryPermissions.Import);

        group.MapPost("/import-batches/{id:guid}/rollback", async Task<Results<Ok<RollbackImport.ImportRolledBack>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, RollbackImport.RollbackImport rollback, CancellationToken cancellationToken) =>
            {
                var result = await rollback.ExecuteAsync(id, CurrentUser.From(user), cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("RollbackRegistryImport")
            .WithSummary("整批撤销一次导入：删除其新增的记录、恢复其更新前的数据（之后被修改过则拒绝）")
            .RequireAuthorization(RegistryPermissions.Import);
    }

    private static RegistryImportView View(RegistryImport import) => new(import.Key, import.Title,
        import.Fields.Select(f => new ImportFieldView(f.Header, f.Required, f.Hint, f.Example)).ToList(), import.Notes);

    private static Error UnknownRegistry(string registry) =>
        Error.NotFound("import.registry-unknown", $"没有名为“{registry}”的可导入数据类别。");

    /// <summary>A workbook is a zip whose directory is written last, so it is built in a temporary file first.</summary>
    private static FileStream TempFile() => new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
