namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// Security headers on every response. The CSP allows no inline script (Blazor Server needs none); styles may be
/// inline because MudBlazor sets style attributes. The Scalar API reference page runs its own inline bootstrap,
/// so /api/docs gets a CSP that allows inline script but still no other origin.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment)
{
    private const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiDocs =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiDocs : Strict;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!environment.IsDevelopment())
        {
            headers.CacheControl = context.Request.Path.StartsWithSegments("/api") ? "no-store" : headers.CacheControl;
        }
        return next(context);
    }
}
