using Kechuang.Platform.Access;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Web.Hosting.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Web.Components.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post from the layout's 退出 button (antiforgery is validated by UseAntiforgery for form posts).
        endpoints.MapPost("/account/logout", LogoutAsync)
            .RequireAuthorization(KechuangPolicies.SignedIn)
            .ExcludeFromDescription();

        endpoints.MapGet("/api/platform/antiforgery", GetToken)
            .WithTags("平台")
            .WithSummary("获取防跨站请求令牌：以登录会话（Cookie）调用写接口时，须在请求头 X-CSRF-TOKEN 中携带")
            .RequireAuthorization(KechuangPolicies.SignedIn);
        return endpoints;
    }

    private static async Task<RedirectHttpResult> LogoutAsync(HttpContext context, KechuangDbContext db, IAuditTrail audit, SessionGuard sessions,
        IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(context);
        if (Guid.TryParse(context.User.FindFirst(KechuangClaims.SessionId)?.Value, out var sessionId))
        {
            await sessions.EndAsync(db, audit, sessionId, SessionEndReason.SignedOut, null, context.RequestAborted);
        }
        await context.SignOutAsync(KechuangAuthSchemes.Cookie);
        return TypedResults.Redirect("/account/login?signedOut=1");
    }

    private static Ok<AntiforgeryTokenResponse> GetToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenResponse(ApiAntiforgery.HeaderName, tokens.RequestToken!));
    }
}

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
