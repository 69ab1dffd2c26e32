using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.WorkPlans.Plans.EditPlan;

public sealed record PlanEdited(int Version);

internal static class EditPlanEndpoint
{
    public static void MapEditPlan(this RouteGroupBuilder group) =>
        group.MapPatch("/plans/{id:guid}", async Task<Results<Ok<PlanEdited>, ProblemHttpResult>> (
                Guid id, PlanEdit edit, EditPlan editPlan, CancellationToken cancellationToken) =>
            {
                var result = await editPlan.ExecuteAsync(id, edit, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(new PlanEdited(result.Value)) : result.Error.ToProblem();
            })
            .WithName("EditPlan")
            .WithSummary("修改工作要点：基本信息、某项任务或某个目标（须带上当前版本号 version）")
            .DisableAntiforgery()
            .RequireAuthorization(WorkPlanPermissions.Edit);
}
