using Microsoft.AspNetCore.Authorization;

namespace Kechuang.Platform.Access;

internal sealed class InterimPermissionHandler(bool demo) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (demo)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"权限 {requirement.Permission} 需要登录（身份认证模块尚未启用）"));
        }
        return Task.CompletedTask;
    }
}
