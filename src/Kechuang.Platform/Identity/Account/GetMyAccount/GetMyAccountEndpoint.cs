using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Account.GetMyAccount;

internal static class GetMyAccountEndpoint
{
    public static void MapGetMyAccount(this RouteGroupBuilder group) =>
        group.MapGet("/account", async Task<Results<Ok<MyAccount>, ProblemHttpResult>> (
                ClaimsPrincipal principal, GetMyAccount getMyAccount, CancellationToken cancellationToken) =>
            {
                var result = await getMyAccount.ExecuteAsync(CurrentUser.From(principal).UserId, MyAccountClaims.SessionId(principal), cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetMyAccount")
            .WithSummary("我的账号：姓名、单位、角色、双因素认证状态与最近登录记录")
            .RequireAuthorization(KechuangPolicies.SignedIn);
}
