using System.Threading.RateLimiting;
using Kechuang.Platform.Access;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.AccessTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// Authentication (session cookie, pending-sign-in cookie, personal access tokens), default-deny authorization,
/// rate limits, antiforgery for cookie-authenticated API writes and the security headers.
/// </summary>
public static class SecurityRegistration
{
    public const string PendingScheme = "Kechuang.Pending";

    public static IServiceCollection AddKechuangSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitClient>();
        services.AddScoped<Kechuang.Web.Components.Account.SignInFlow>();
        services.Replace(ServiceDescriptor.Scoped<IAuditActorSource, WebAuditActorSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, SessionCircuitHandler>());

        services.AddDataProtection().SetApplicationName("Kechuang")
            .PersistKeysToFileSystem(new DirectoryInfo(DatabaseOptions.KeysFolder(configuration)));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = KechuangAuthSchemes.Default;
                options.DefaultChallengeScheme = KechuangAuthSchemes.Default;
            })
            .AddPolicyScheme(KechuangAuthSchemes.Default, "Kechuang", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? KechuangAuthSchemes.AccessToken
                        : KechuangAuthSchemes.Cookie;
            })
            .AddCookie(KechuangAuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "kc.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.Events.OnValidatePrincipal = SessionCookieValidator.ValidateAsync;
                options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
            })
            .AddCookie(PendingScheme, options =>
            {
                options.Cookie.Name = "kc.pending";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
                options.SlidingExpiration = false;
                options.LoginPath = "/account/login";
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(KechuangAuthSchemes.AccessToken, null);

        services.AddAuthorization(options =>
        {
            var signedIn = new AuthorizationPolicyBuilder(KechuangAuthSchemes.Default).RequireAuthenticatedUser().Build();
            options.DefaultPolicy = signedIn;
            options.FallbackPolicy = signedIn;
            options.AddPolicy(KechuangPolicies.SignedIn, signedIn);
        });
        services.AddCascadingAuthenticationState();

        var apiPerMinute = configuration.GetValue("RateLimits:ApiPerMinute", 600);
        var loginPerMinute = configuration.GetValue("RateLimits:LoginPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    """{"status":429,"title":"请求过于频繁","detail":"请求过于频繁，请稍后再试。"}""", cancellationToken);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/account/login")
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        (ClientAddress.Of(context) ?? "unknown") + "|login",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetTokenBucketLimiter(
                        (context.User.Identity?.Name ?? ClientAddress.Of(context) ?? "unknown") + "|api",
                        _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = apiPerMinute,
                            TokensPerPeriod = apiPerMinute,
                            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("pages"));
        });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = ApiAntiforgery.HeaderName;
            options.Cookie.Name = "kc.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static WebApplication UseKechuangSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<ApiAntiforgery>();
        app.UseAntiforgery();
        return app;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
