using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Enterprises.ExportEnterprises;

internal static class ExportEnterprisesEndpoint
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEnterprises(this RouteGroupBuilder group) =>
        group.MapGet("/enterprises/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? q, string? region, string? zone, string? field, string? qualification, int? year, string? on,
                string? sort, bool? desc, ClaimsPrincipal user, ExportEnterprises export, CancellationToken cancellationToken) =>
            {
                var filter = EnterpriseFilter.Parse(q, region, zone, field, qualification, year, on);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                // A temporary file rather than the response body: the workbook is a zip whose directory is written last.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
                    FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                try
                {
                    var result = await export.ExecuteAsync(filter.Value, sort, desc ?? false, CurrentUser.From(user).Scope, file, cancellationToken);
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
            .WithName("ExportEnterprises")
            .WithSummary("按企业名录的筛选条件导出 Excel（.xlsx），格式与“企业基本信息”导入模板一致，可修改后重新导入；单次最多 200 000 家；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
