using System.Security.Claims;
using Kechuang.Platform.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.AccessTokens.ListAccessTokens;

internal static class ListAccessTokensEndpoint
{
    public static void MapListAccessTokens(this RouteGroupBuilder group) =>
        group.MapGet("/account/tokens", async Task<Ok<IReadOnlyList<AccessTokenRow>>> (
                ClaimsPrincipal principal, ListAccessTokens list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal).UserId, cancellationToken)))
            .WithName("ListAccessTokens")
            .WithSummary("本人的个人访问令牌列表（前缀、权限、创建/到期/最近使用时间、状态）")
            .RequireAuthorization(PlatformPermissions.AccessTokens);
}
