using System.Security.Claims;
using Kechuang.Modules.Registry.Activities.ListActivities;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Activities.ExportActivities;

internal static class ExportActivitiesEndpoint
{
    public static void MapExportActivities(this RouteGroupBuilder group) =>
        group.MapGet("/activities/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? kind, string? from, string? to, string? region, ClaimsPrincipal principal, ExportActivities export,
                CancellationToken cancellationToken) =>
            {
                var filter = ActivityFilter.Parse(kind, from, to, region);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return await ListingHelpers.DownloadAsync(file => export.ExecuteAsync(CurrentUser.From(principal), filter.Value, file, cancellationToken));
            })
            .WithName("ExportRegistryActivities")
            .WithSummary("按筛选条件导出科技活动为 Excel（导入模板格式，可直接重新导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
