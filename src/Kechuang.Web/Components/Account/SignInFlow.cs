using System.Security.Claims;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Identity.SignIn;
using Kechuang.Web.Hosting.Security;
using Microsoft.AspNetCore.Authentication;

namespace Kechuang.Web.Components.Account;

/// <summary>
/// Between an accepted password and a session the account may have steps to take (two-factor code, forced password
/// change, enrolment of an authenticator): the pending cookie carries who is signing in and which steps are done.
/// </summary>
public sealed class SignInFlow(KechuangDbContext db, IAuditTrail audit, SessionGuard sessions, SecurityPolicies policies, TimeProvider clock)
{
    private const string TwoFactorDone = "kc:2fa-ok";

    public static string PathOf(SignInStep step) => step switch
    {
        SignInStep.VerifyTwoFactor => "/account/login/two-factor",
        SignInStep.ChangePassword => "/account/login/change-password",
        SignInStep.SetUpTwoFactor => "/account/login/set-up-two-factor",
        _ => "/",
    };

    /// <summary>The account in the middle of signing in, from the pending cookie; null when there is none.</summary>
    public static async Task<(Guid UserId, bool TwoFactorVerified)?> PendingAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(SecurityRegistration.PendingScheme);
        if (!result.Succeeded || !Guid.TryParse(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }
        return (userId, result.Principal.HasClaim(TwoFactorDone, "1"));
    }

    /// <summary>Moves on: to the next step's page, or starts the session and returns to where the user wanted to go.</summary>
    public async Task<string> ContinueAsync(HttpContext context, Guid userId, bool twoFactorVerified, string? returnUrl)
    {
        var account = await AccessSnapshots.LoadAsync(db, userId, context.RequestAborted)
            ?? throw new InvalidOperationException("The account signing in no longer exists.");
        var policy = await policies.GetAsync(db, context.RequestAborted);
        var step = SignInSteps.Next(account, policy, twoFactorVerified, clock.GetUtcNow().UtcDateTime);
        var target = LocalUrl(returnUrl);
        if (step != SignInStep.Done)
        {
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, account.UserName) };
            if (twoFactorVerified)
            {
                claims.Add(new Claim(TwoFactorDone, "1"));
            }
            await context.SignInAsync(SecurityRegistration.PendingScheme,
                new ClaimsPrincipal(new ClaimsIdentity(claims, SecurityRegistration.PendingScheme)));
            return $"{PathOf(step)}?returnUrl={Uri.EscapeDataString(target)}";
        }
        var session = await sessions.StartAsync(db, audit, userId, account.UserName, ClientAddress.Of(context),
            context.Request.Headers.UserAgent.ToString(), context.RequestAborted);
        await context.SignOutAsync(SecurityRegistration.PendingScheme);
        await context.SignInAsync(KechuangAuthSchemes.Cookie, account.ToPrincipal(KechuangAuthSchemes.Cookie, session.Id));
        return target;
    }

    /// <summary>Only a path of this site: never an absolute URL, a protocol-relative "//host" or a "/\host".</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase)
            ? url
            : "/";
}
