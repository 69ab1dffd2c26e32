using Kechuang.Platform.Access;
using Kechuang.Platform.Audit.SearchAudit;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Audit.ExportAudit;

internal static class ExportAuditEndpoint
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportAudit(this RouteGroupBuilder group) =>
        group.MapGet("/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? user, string? action, string? targetType, string? targetId, string? outcome, string? from, string? to,
                bool? loginsOnly, ExportAuditTrail export, CancellationToken cancellationToken) =>
            {
                var filter = AuditFilter.Parse(user, action, targetType, targetId, outcome, from, to, loginsOnly ?? false);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                // A temporary file rather than the response body: the workbook is a zip whose directory is written last.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
                    FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                try
                {
                    var result = await export.ExecuteAsync(filter.Value, file, cancellationToken);
                    if (!result.IsSuccess)
                    {
                        await file.DisposeAsync();
                        return result.Error.ToProblem();
                    }
                    file.Position = 0;
                    return TypedResults.File(file, XlsxContentType, result.Value.FileName);
                }
                catch
                {
                    await file.DisposeAsync();
                    throw;
                }
            })
            .WithName("ExportAuditTrail")
            .WithSummary("按查询条件导出审计日志为 Excel（.xlsx），单次最多 100 000 条；导出本身记入审计日志")
            .RequireAuthorization(PlatformPermissions.AuditRead);
}
