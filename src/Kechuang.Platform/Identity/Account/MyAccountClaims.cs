using System.Security.Claims;

namespace Kechuang.Platform.Identity.Account;

internal static class MyAccountClaims
{
    /// <summary>The browser session behind a cookie principal; null for a personal access token.</summary>
    public static Guid? SessionId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(KechuangClaims.SessionId)?.Value, out var id) ? id : null;
}
