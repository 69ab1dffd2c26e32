using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Roles.SetRolePermissions;

public sealed record RolePermissionsSet(IReadOnlyList<string> Permissions);

internal static class SetRolePermissionsEndpoint
{
    public static void MapSetRolePermissions(this RouteGroupBuilder group) =>
        group.MapPut("/roles/{id:guid}/permissions", async Task<Results<Ok<RolePermissionsSet>, ProblemHttpResult>> (
                Guid id, SetRolePermissionsCommand command, ClaimsPrincipal user, SetRolePermissions set, CancellationToken cancellationToken) =>
            {
                var result = await set.ExecuteAsync(CurrentUser.From(user), id, command, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(new RolePermissionsSet(result.Value)) : result.Error.ToProblem();
            })
            .WithName("SetRolePermissions")
            .WithSummary("设置角色的权限（三员分立：业务角色不能拥有管理员权限，管理员角色只能拥有本职权限；立即生效）")
            .RequireAuthorization(PlatformPermissions.RolesManage);
}
