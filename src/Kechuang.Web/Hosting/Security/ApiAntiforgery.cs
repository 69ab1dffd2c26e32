using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// A state-changing API call authenticated by the session cookie must carry the antiforgery token in the
/// <see cref="HeaderName"/> header (GET /api/platform/antiforgery gives it); calls with a bearer token carry no
/// ambient credential and need none.
/// </summary>
internal sealed class ApiAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") &&
            !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) &&
            context.User.Identity?.IsAuthenticated == true &&
            context.User.FindFirst(KechuangClaims.AccessTokenId) is null)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "application/problem+json; charset=utf-8";
                await context.Response.WriteAsync(
                    """{"status":400,"title":"请求被拒绝","detail":"缺少或无效的防跨站请求令牌（X-CSRF-TOKEN）。","code":"antiforgery"}""");
                return;
            }
        }
        await next(context);
    }
}
