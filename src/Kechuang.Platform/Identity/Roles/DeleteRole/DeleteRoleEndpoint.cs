using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Roles.DeleteRole;

internal static class DeleteRoleEndpoint
{
    public static void MapDeleteRole(this RouteGroupBuilder group) =>
        group.MapDelete("/roles/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, DeleteRole delete, CancellationToken cancellationToken) =>
            {
                var result = await delete.ExecuteAsync(CurrentUser.From(user), id, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("DeleteRole")
            .WithSummary("删除没有成员的自定义角色（内置角色不能删除）")
            .RequireAuthorization(PlatformPermissions.RolesManage);
}
