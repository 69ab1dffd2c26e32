namespace Kechuang.Platform.Identity.Sessions;

/// <summary>A short Chinese-readable browser name from a User-Agent header, for session lists.</summary>
public static class BrowserLabel
{
    public static string Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "未知";
        }
        // Order matters: Edge and 360 announce themselves as Chrome too, Chrome announces itself as Safari.
        string? browser =
            Has(userAgent, "Edg/") ? "Edge" :
            Has(userAgent, "QIHU") || Has(userAgent, "360SE") ? "360 浏览器" :
            Has(userAgent, "MicroMessenger") ? "微信" :
            Has(userAgent, "Firefox/") ? "Firefox" :
            Has(userAgent, "Chrome/") || Has(userAgent, "Chromium/") ? "Chrome" :
            Has(userAgent, "Safari/") ? "Safari" :
            null;
        string? system =
            Has(userAgent, "Windows") ? "Windows" :
            Has(userAgent, "Android") ? "Android" :
            Has(userAgent, "iPhone") || Has(userAgent, "iPad") ? "iOS" :
            Has(userAgent, "Mac OS X") ? "macOS" :
            Has(userAgent, "Linux") ? "Linux" :
            null;
        return (browser, system) switch
        {
            (null, null) => userAgent.Length > 40 ? userAgent[..40] + "…" : userAgent,
            (null, _) => system!,
            (_, null) => browser,
            _ => $"{browser} · {system}",
        };
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
