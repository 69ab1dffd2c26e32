using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.AssignRoles;

internal static class AssignRolesEndpoint
{
    public static void MapAssignRoles(this RouteGroupBuilder group) =>
        group.MapPut("/users/{id:guid}/roles", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, AssignRolesCommand command, ClaimsPrincipal user, AssignRoles assign, CancellationToken cancellationToken) =>
            {
                var result = await assign.ExecuteAsync(CurrentUser.From(user), id, command, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("AssignUserRoles")
            .WithSummary("设置用户的角色（三员分立：管理员角色不能与其他角色兼任；不能修改自己的角色）")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
