using System.Security.Claims;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Activities.SaveActivity;

internal static class SaveActivityEndpoint
{
    public static void MapSaveActivity(this RouteGroupBuilder group)
    {
        group.MapPost("/activities", async Task<Results<Ok<SavedRecord>, ValidationProblem, ProblemHttpResult>> (
                RecordForm form, ClaimsPrincipal principal, SaveActivity save, CancellationToken cancellationToken) =>
                (await save.CreateAsync(CurrentUser.From(principal), form.Values ?? [], cancellationToken)).ToHttpResult())
            .WithName("CreateRegistryActivity")
            .WithSummary("录入一项科技活动（字段与导入模板相同，按导入规则校验）")
            .RequireAuthorization(RegistryPermissions.Edit);

        group.MapPut("/activities/{id:guid}", async Task<Results<Ok<SavedRecord>, ValidationProblem, ProblemHttpResult>> (
                Guid id, RecordForm form, ClaimsPrincipal principal, SaveActivity save, CancellationToken cancellationToken) =>
                (await save.UpdateAsync(CurrentUser.From(principal), id, form.Version ?? 0, form.Values ?? [], cancellationToken)).ToHttpResult())
            .WithName("UpdateRegistryActivity")
            .WithSummary("修改科技活动（须提供编辑前的版本号，已被他人修改时返回 409）")
            .RequireAuthorization(RegistryPermissions.Edit);
    }
}
