using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// Every cookie-authenticated request: the server-side session must still be open and not idle, the account
/// enabled; the principal is rebuilt from the account's current roles, so a permission change applies at once.
/// </summary>
internal static class SessionCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var current = CurrentUser.From(context.Principal!);
        var sessionClaim = context.Principal!.FindFirst(KechuangClaims.SessionId)?.Value;
        if (!current.IsAuthenticated || !Guid.TryParse(sessionClaim, out var sessionId))
        {
            await RejectAsync(context);
            return;
        }
        var db = services.GetRequiredService<KechuangDbContext>();
        var audit = services.GetRequiredService<IAuditTrail>();
        var policy = await services.GetRequiredService<SecurityPolicies>().GetAsync(db, context.HttpContext.RequestAborted);
        var guard = services.GetRequiredService<SessionGuard>();
        if (!await guard.ValidateAsync(db, audit, policy, sessionId, activity: !IsBackground(context.HttpContext), context.HttpContext.RequestAborted))
        {
            await RejectAsync(context);
            return;
        }
        var snapshot = await services.GetRequiredService<AccessSnapshots>().GetAsync(db, current.UserId, context.HttpContext.RequestAborted);
        if (snapshot is null || snapshot.IsDisabled)
        {
            await guard.EndAsync(db, audit, sessionId, SessionEndReason.AccountDisabled, null, context.HttpContext.RequestAborted);
            await RejectAsync(context);
            return;
        }
        context.ReplacePrincipal(snapshot.ToPrincipal(context.Scheme.Name, sessionId));
        context.ShouldRenew = false;
    }

    /// <summary>Requests the browser makes by itself (the circuit's reconnects) do not count as the user's activity.</summary>
    private static bool IsBackground(HttpContext context) => context.Request.Path.StartsWithSegments("/_blazor");

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
