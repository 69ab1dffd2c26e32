using Kechuang.Platform.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Sessions.ListSessions;

internal static class ListSessionsEndpoint
{
    public static void MapListSessions(this RouteGroupBuilder group) =>
        group.MapGet("/sessions", async Task<Ok<IReadOnlyList<SessionRow>>> (ListSessions list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(cancellationToken)))
            .WithName("ListSessions")
            .WithSummary("在线会话：账号、姓名、单位、IP、浏览器、登录与最近活动时间（UTC）")
            .RequireAuthorization(PlatformPermissions.SessionsManage);
}
