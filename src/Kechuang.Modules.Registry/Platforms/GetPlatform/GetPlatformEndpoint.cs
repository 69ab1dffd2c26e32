using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Platforms.GetPlatform;

internal static class GetPlatformEndpoint
{
    public static void MapGetPlatform(this RouteGroupBuilder group) =>
        group.MapGet("/platforms/{id:guid}", async Task<Results<Ok<PlatformDetail>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, GetPlatform get, CancellationToken cancellationToken) =>
            {
                var result = await get.ExecuteAsync(CurrentUser.From(principal), id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetRegistryPlatform")
            .WithSummary("创新平台载体详情及历年考核结果")
            .RequireAuthorization(RegistryPermissions.View);
}
