using System.Security.Claims;
using Kechuang.Platform.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.ListUsers;

internal static class ListUsersEndpoint
{
    public static void MapListUsers(this RouteGroupBuilder group) =>
        group.MapGet("/users", async Task<Ok<UserListPage>> (
                string? search, Guid? unitId, Guid? roleId, int? page, int? pageSize,
                ClaimsPrincipal user, ListUsers list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user),
                    new UserListQuery(search, unitId, roleId, page ?? 1, pageSize ?? 20), cancellationToken)))
            .WithName("ListUsers")
            .WithSummary("用户列表（本人管理范围内的单位），可按用户名、姓名、单位或角色搜索，分页")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
