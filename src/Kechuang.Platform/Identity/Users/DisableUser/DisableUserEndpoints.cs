using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.DisableUser;

internal static class DisableUserEndpoints
{
    public static void MapDisableUser(this RouteGroupBuilder group)
    {
        group.MapPost("/users/{id:guid}/disable", (Guid id, ClaimsPrincipal user, SetUserDisabled set, CancellationToken cancellationToken) =>
                SetAsync(id, true, user, set, cancellationToken))
            .WithName("DisableUser")
            .WithSummary("停用用户：立即结束其全部会话，访问令牌随之失效")
            .RequireAuthorization(PlatformPermissions.UsersManage);
        group.MapPost("/users/{id:guid}/enable", (Guid id, ClaimsPrincipal user, SetUserDisabled set, CancellationToken cancellationToken) =>
                SetAsync(id, false, user, set, cancellationToken))
            .WithName("EnableUser")
            .WithSummary("启用已停用的用户（同时解除登录锁定）")
            .RequireAuthorization(PlatformPermissions.UsersManage);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetAsync(
        Guid id, bool disabled, ClaimsPrincipal user, SetUserDisabled set, CancellationToken cancellationToken)
    {
        var result = await set.ExecuteAsync(CurrentUser.From(user), id, disabled, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }
}
