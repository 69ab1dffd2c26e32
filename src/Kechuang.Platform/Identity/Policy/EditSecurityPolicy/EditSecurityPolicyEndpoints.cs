using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Policy.EditSecurityPolicy;

public static class SecurityPolicyEndpoints
{
    public static RouteGroupBuilder MapSecurityPolicyEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var api = group.MapGroup("");
        api.MapGet("/security-policy", async Task<Ok<SecurityPolicyForm>> (GetSecurityPolicy get, CancellationToken cancellationToken) =>
                TypedResults.Ok(await get.ExecuteAsync(cancellationToken)))
            .WithName("GetSecurityPolicy")
            .WithSummary("当前安全策略：密码复杂度与有效期、登录失败锁定、会话超时、验证码")
            .RequireAuthorization(PlatformPermissions.SecurityPolicy);
        api.MapPut("/security-policy", async Task<Results<Ok<SecurityPolicyForm>, ProblemHttpResult>> (
                SecurityPolicyForm form, EditSecurityPolicy edit, CancellationToken cancellationToken) =>
            {
                var result = await edit.ExecuteAsync(form, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("EditSecurityPolicy")
            .WithSummary("修改安全策略（须带上当前版本号 version），保存后立即生效")
            .RequireAuthorization(PlatformPermissions.SecurityPolicy);
        return group;
    }
}
