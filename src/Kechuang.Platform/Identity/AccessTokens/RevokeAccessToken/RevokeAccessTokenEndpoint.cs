using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.AccessTokens.RevokeAccessToken;

internal static class RevokeAccessTokenEndpoint
{
    public static void MapRevokeAccessToken(this RouteGroupBuilder group) =>
        group.MapPost("/account/tokens/{id:guid}/revoke", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, RevokeAccessToken revoke, CancellationToken cancellationToken) =>
            {
                var result = await revoke.ExecuteAsync(CurrentUser.From(principal).UserId, id, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("RevokeAccessToken")
            .WithSummary("撤销本人的一个个人访问令牌；他人的令牌视为不存在（404）")
            .RequireAuthorization(PlatformPermissions.AccessTokens);
}
