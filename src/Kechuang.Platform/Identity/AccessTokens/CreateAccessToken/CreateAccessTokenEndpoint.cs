using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.AccessTokens.CreateAccessToken;

internal static class CreateAccessTokenEndpoint
{
    public static void MapCreateAccessToken(this RouteGroupBuilder group) =>
        group.MapPost("/account/tokens", async Task<Results<Created<CreatedAccessToken>, ProblemHttpResult>> (
                CreateAccessTokenCommand command, ClaimsPrincipal principal, CreateAccessToken create, CancellationToken cancellationToken) =>
            {
                var result = await create.ExecuteAsync(CurrentUser.From(principal), command, cancellationToken);
                return result.IsSuccess
                    ? TypedResults.Created($"/api/platform/account/tokens/{result.Value.Id}", result.Value)
                    : result.Error.ToProblem();
            })
            .WithName("CreateAccessToken")
            .WithSummary("创建个人访问令牌（名称、1–365 天有效期、本人权限的子集）；令牌明文只在此返回一次")
            .RequireAuthorization(PlatformPermissions.AccessTokens);
}
