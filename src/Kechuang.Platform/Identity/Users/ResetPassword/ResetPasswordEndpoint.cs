using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.ResetPassword;

internal static class ResetPasswordEndpoint
{
    public static void MapResetPassword(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/reset-password", async Task<Results<Ok<PasswordWasReset>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, ResetPassword reset, CancellationToken cancellationToken) =>
            {
                var result = await reset.ExecuteAsync(CurrentUser.From(user), id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("ResetUserPassword")
            .WithSummary("重置用户密码：返回仅显示一次的随机密码，下次登录须修改，并结束其全部会话")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
