using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Account.ChangeMyPassword;

internal static class ChangeMyPasswordEndpoint
{
    public static void MapChangeMyPassword(this RouteGroupBuilder group) =>
        group.MapPost("/account/password", async Task<Results<Ok<PasswordChanged>, ProblemHttpResult>> (
                ChangePasswordCommand command, ClaimsPrincipal principal, ChangeMyPassword changeMyPassword, CancellationToken cancellationToken) =>
            {
                var result = await changeMyPassword.ExecuteAsync(CurrentUser.From(principal).UserId, MyAccountClaims.SessionId(principal), command, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("ChangeMyPassword")
            .WithSummary("修改本人密码（须提供当前密码）；成功后本账号的其他会话全部下线")
            .RequireAuthorization(KechuangPolicies.SignedIn);
}
