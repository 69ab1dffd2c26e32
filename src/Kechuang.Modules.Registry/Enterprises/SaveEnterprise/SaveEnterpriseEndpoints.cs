using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Enterprises.SaveEnterprise;

internal static class SaveEnterpriseEndpoints
{
    public static void MapSaveEnterprise(this RouteGroupBuilder group)
    {
        group.MapPost("/enterprises", async Task<Results<Created<EnterpriseSaved>, ValidationProblem, ProblemHttpResult>> (
                EnterpriseForm form, ClaimsPrincipal user, SaveEnterprise save, CancellationToken cancellationToken) =>
            {
                var outcome = await save.ExecuteAsync(null, form, CurrentUser.From(user), cancellationToken);
                if (outcome.Saved is { } saved)
                {
                    return TypedResults.Created($"/api/registry/enterprises/{saved.Id}", saved);
                }
                if (outcome.Error is { } error)
                {
                    return error.ToProblem();
                }
                return Validation(outcome);
            })
            .WithName("CreateEnterprise")
            .WithSummary("新增企业：字段与“企业基本信息”导入模板相同（按表头名称提交），校验规则与导入一致；统一社会信用代码不能重复")
            .RequireAuthorization(RegistryPermissions.Edit);

        group.MapPut("/enterprises/{id:guid}", async Task<Results<Ok<EnterpriseSaved>, ValidationProblem, ProblemHttpResult>> (
                Guid id, EnterpriseForm form, ClaimsPrincipal user, SaveEnterprise save, CancellationToken cancellationToken) =>
            {
                var outcome = await save.ExecuteAsync(id, form, CurrentUser.From(user), cancellationToken);
                if (outcome.Saved is { } saved)
                {
                    return TypedResults.Ok(saved);
                }
                if (outcome.Error is { } error)
                {
                    return error.ToProblem();
                }
                return Validation(outcome);
            })
            .WithName("UpdateEnterprise")
            .WithSummary("修改企业基本信息（须提供读取时的 Version，已被他人修改时返回 409）；变更区县时其年度数据和资质随之迁移")
            .RequireAuthorization(RegistryPermissions.Edit);
    }

    private static ValidationProblem Validation(EnterpriseSaveOutcome outcome) => TypedResults.ValidationProblem(
        outcome.FieldErrors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
        detail: string.Join("；", outcome.FieldErrors.Select(e => e.ToString())),
        title: "企业信息填写有误");
}
