using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Kechuang.Platform.Access;

/// <summary>A permission policy succeeds when the principal carries the permission; otherwise it fails with a reason.</summary>
internal sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            context.Fail(new AuthorizationFailureReason(this, "需要登录"));
        }
        else if (context.User.HasClaim(KechuangClaims.Permission, requirement.Permission))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"缺少权限 {requirement.Permission}"));
        }
        return Task.CompletedTask;
    }
}
