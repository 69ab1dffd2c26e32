using System.Security.Claims;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Platforms.SavePlatform;

internal static class SavePlatformEndpoint
{
    public static void MapSavePlatform(this RouteGroupBuilder group)
    {
        group.MapPost("/platforms", async Task<Results<Ok<SavedRecord>, ValidationProblem, ProblemHttpResult>> (
                RecordForm form, ClaimsPrincipal principal, SavePlatform save, CancellationToken cancellationToken) =>
                (await save.CreateAsync(CurrentUser.From(principal), form.Values ?? [], cancellationToken)).ToHttpResult())
            .WithName("CreateRegistryPlatform")
            .WithSummary("录入一个创新平台载体（字段与导入模板相同，按导入规则校验）")
            .RequireAuthorization(RegistryPermissions.Edit);

        group.MapPut("/platforms/{id:guid}", async Task<Results<Ok<SavedRecord>, ValidationProblem, ProblemHttpResult>> (
                Guid id, RecordForm form, ClaimsPrincipal principal, SavePlatform save, CancellationToken cancellationToken) =>
                (await save.UpdateAsync(CurrentUser.From(principal), id, form.Version ?? 0, form.Values ?? [], cancellationToken)).ToHttpResult())
            .WithName("UpdateRegistryPlatform")
            .WithSummary("修改创新平台载体（须提供编辑前的版本号，已被他人修改时返回 409）")
            .RequireAuthorization(RegistryPermissions.Edit);
    }
}
