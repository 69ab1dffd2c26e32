using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.MoveUser;

internal static class MoveUserEndpoint
{
    public static void MapMoveUser(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/move", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, MoveUserCommand command, ClaimsPrincipal user, MoveUser move, CancellationToken cancellationToken) =>
            {
                var result = await move.ExecuteAsync(CurrentUser.From(user), id, command, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("MoveUser")
            .WithSummary("调整用户所属单位（须在本人管理范围内）")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
