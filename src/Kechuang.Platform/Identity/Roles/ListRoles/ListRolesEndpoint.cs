using Kechuang.Platform.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Roles.ListRoles;

internal static class ListRolesEndpoint
{
    public static void MapListRoles(this RouteGroupBuilder group) =>
        group.MapGet("/roles", async Task<Ok<RoleMatrix>> (ListRoles list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(cancellationToken)))
            .WithName("ListRoles")
            .WithSummary("角色与权限矩阵：各角色的职责、数据范围、成员数和权限，以及全部权限（按模块分组）")
            .RequireAuthorization(PlatformPermissions.RolesManage);
}
