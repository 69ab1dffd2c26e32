using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Contracts.SaveContract;

internal static class SaveContractEndpoint
{
    public static void MapSaveContract(this RouteGroupBuilder group)
    {
        group.MapPost("/tech-contracts", async Task<Results<Created<SavedContract>, ValidationProblem, ProblemHttpResult>> (
                ContractForm form, ClaimsPrincipal principal, SaveContract save, CancellationToken cancellationToken) =>
            {
                var outcome = await save.CreateAsync(CurrentUser.From(principal), form, cancellationToken);
                return outcome switch
                {
                    { Saved: { } saved } => TypedResults.Created($"/api/registry/tech-contracts/{saved.Id}", saved),
                    { Error: { } error } => error.ToProblem(),
                    _ => Invalid(outcome),
                };
            })
            .WithName("CreateTechContract")
            .WithSummary("登记一份技术合同（字段与导入模板相同，按导入规则校验）")
            .RequireAuthorization(RegistryPermissions.Edit);

        group.MapPut("/tech-contracts/{id:guid}", async Task<Results<Ok<SavedContract>, ValidationProblem, ProblemHttpResult>> (
                Guid id, ContractForm form, ClaimsPrincipal principal, SaveContract save, CancellationToken cancellationToken) =>
            {
                var outcome = await save.UpdateAsync(CurrentUser.From(principal), id, form, cancellationToken);
                return outcome switch
                {
                    { Saved: { } saved } => TypedResults.Ok(saved),
                    { Error: { } error } => error.ToProblem(),
                    _ => Invalid(outcome),
                };
            })
            .WithName("UpdateTechContract")
            .WithSummary("修改技术合同（需提交修改前的版本号；他人已修改时返回 409）")
            .RequireAuthorization(RegistryPermissions.Edit);
    }

    private static ValidationProblem Invalid(SaveContractOutcome outcome) =>
        TypedResults.ValidationProblem(
            outcome.FieldErrors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: string.Join("；", outcome.FieldErrors), title: "请求内容有误");
}
