using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.WorkPlans.Plans.SearchPlan;

internal static class SearchPlanEndpoint
{
    public static void MapSearchPlan(this RouteGroupBuilder group) =>
        group.MapGet("/plans/{id:guid}/search", async Task<Results<Ok<IReadOnlyList<PlanSearchHit>>, ProblemHttpResult>> (
                Guid id, string? q, SearchPlan search, CancellationToken cancellationToken) =>
            {
                var result = await search.ExecuteAsync(id, q, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("SearchPlan")
            .WithSummary("在一份工作要点内搜索任务（多个关键词以空格分隔，须全部出现）")
            .RequireAuthorization(WorkPlanPermissions.View);
}
