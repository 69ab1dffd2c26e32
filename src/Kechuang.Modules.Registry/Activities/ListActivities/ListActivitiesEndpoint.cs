using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Activities.ListActivities;

internal static class ListActivitiesEndpoint
{
    public static void MapListActivities(this RouteGroupBuilder group) =>
        group.MapGet("/activities", async Task<Results<Ok<Page<ActivityRow>>, ProblemHttpResult>> (
                string? kind, string? from, string? to, string? region, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal principal, ListActivities list, CancellationToken cancellationToken) =>
            {
                var filter = ActivityFilter.Parse(kind, from, to, region);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal), filter.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListRegistryActivities")
            .WithSummary("科技活动列表：按活动类型、开始日期范围、区县（含下级）筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);
}
