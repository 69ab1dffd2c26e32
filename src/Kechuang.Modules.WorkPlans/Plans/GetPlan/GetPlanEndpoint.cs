using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.WorkPlans.Plans.GetPlan;

internal static class GetPlanEndpoint
{
    public static void MapGetPlan(this RouteGroupBuilder group) =>
        group.MapGet("/plans/{id:guid}", async Task<Results<Ok<PlanDetail>, ProblemHttpResult>> (
                Guid id, GetPlan get, CancellationToken cancellationToken) =>
            {
                var result = await get.ExecuteAsync(id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetPlan")
            .WithSummary("工作要点详情：主要预期目标、各部分与任务、任务目标、解析诊断和历史版本")
            .RequireAuthorization(WorkPlanPermissions.View);
}
