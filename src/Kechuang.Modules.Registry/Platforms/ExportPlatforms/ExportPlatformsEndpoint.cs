using System.Security.Claims;
using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Platforms.ExportPlatforms;

internal static class ExportPlatformsEndpoint
{
    public static void MapExportPlatforms(this RouteGroupBuilder group)
    {
        group.MapGet("/platforms/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? kind, string? level, string? region, string? status, int? year,
                ClaimsPrincipal principal, ExportPlatforms export, CancellationToken cancellationToken) =>
            {
                var filter = PlatformFilter.Parse(kind, level, region, status, year);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return await ListingHelpers.DownloadAsync(file => export.ExecuteAsync(CurrentUser.From(principal), filter.Value, file, cancellationToken));
            })
            .WithName("ExportRegistryPlatforms")
            .WithSummary("按筛选条件导出创新平台载体为 Excel（导入模板格式，可直接重新导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);

        group.MapGet("/platform-assessments/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? kind, string? level, string? region, int? year,
                ClaimsPrincipal principal, ExportPlatformAssessments export, CancellationToken cancellationToken) =>
            {
                var filter = PlatformFilter.Parse(kind, level, region, null, null);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return await ListingHelpers.DownloadAsync(file => export.ExecuteAsync(CurrentUser.From(principal), filter.Value, year, file, cancellationToken));
            })
            .WithName("ExportRegistryPlatformAssessments")
            .WithSummary("导出平台年度考核结果为 Excel（导入模板格式），可按平台类型、级别、区县和考核年度筛选；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
    }
}
