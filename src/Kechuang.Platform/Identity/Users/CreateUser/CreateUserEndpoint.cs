using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.CreateUser;

internal static class CreateUserEndpoint
{
    public static void MapCreateUser(this RouteGroupBuilder group) =>
        group.MapPost("/users", async Task<Results<Created<CreatedUser>, ProblemHttpResult>> (
                CreateUserCommand command, ClaimsPrincipal user, CreateUser create, CancellationToken cancellationToken) =>
            {
                var result = await create.ExecuteAsync(CurrentUser.From(user), command, cancellationToken);
                return result.IsSuccess
                    ? TypedResults.Created($"/api/platform/users/{result.Value.Id}", result.Value)
                    : result.Error.ToProblem();
            })
            .WithName("CreateUser")
            .WithSummary("新增用户：返回仅显示一次的随机初始密码，首次登录须修改")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
