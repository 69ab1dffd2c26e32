using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Sessions.RevokeSession;

internal static class RevokeSessionEndpoint
{
    public static void MapRevokeSession(this RouteGroupBuilder group) =>
        group.MapPost("/sessions/{id:guid}/revoke", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, RevokeSession revoke, CancellationToken cancellationToken) =>
            {
                var result = await revoke.ExecuteAsync(id, CurrentUser.From(principal).UserId, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("RevokeSession")
            .WithSummary("强制下线：结束指定会话，该浏览器的下一次请求将回到登录页")
            .RequireAuthorization(PlatformPermissions.SessionsManage);
}
