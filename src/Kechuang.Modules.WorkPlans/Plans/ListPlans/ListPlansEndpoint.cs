using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.WorkPlans.Plans.ListPlans;

internal static class ListPlansEndpoint
{
    public static void MapListPlans(this RouteGroupBuilder group) =>
        group.MapGet("/plans", async Task<Ok<IReadOnlyList<PlanListRow>>> (
                int? year, bool? includeOlderRevisions, ListPlans list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(new ListPlansQuery(year, includeOlderRevisions ?? false), cancellationToken)))
            .WithName("ListPlans")
            .WithSummary("工作要点列表（年度、发文单位、部分/任务/目标数量），可按年度筛选")
            .RequireAuthorization(WorkPlanPermissions.View);
}
