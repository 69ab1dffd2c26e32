using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Roles.EditRole;

internal static class EditRoleEndpoint
{
    public static void MapEditRole(this RouteGroupBuilder group) =>
        group.MapPut("/roles/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, EditRoleCommand command, ClaimsPrincipal user, EditRole edit, CancellationToken cancellationToken) =>
            {
                var result = await edit.ExecuteAsync(CurrentUser.From(user), id, command, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("EditRole")
            .WithSummary("修改自定义角色的名称和数据范围（职责不可改；内置角色不可改），持有者立即按新范围生效")
            .RequireAuthorization(PlatformPermissions.RolesManage);
}
