using System.Security.Claims;
using Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ExportGrowthRecognitions;

internal static class ExportGrowthRecognitionsEndpoint
{
    public static void MapExportGrowthRecognitions(this RouteGroupBuilder group) =>
        group.MapGet("/growth-recognitions/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? region, string? kind, int? year, string? level, string? search,
                ClaimsPrincipal user, ExportGrowthRecognitions export, CancellationToken cancellationToken) =>
            {
                var query = ListGrowthRecognitionsEndpoint.ParseQuery(region, kind, year, level, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return await QualificationFiles.AnswerAsync(file => export.ExecuteAsync(CurrentUser.From(user), query.Value, file, cancellationToken));
            })
            .WithName("ExportGrowthRecognitions")
            .WithSummary("按筛选条件导出瞪羚/独角兽企业认定（.xlsx，与导入模板同列，可直接再导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
