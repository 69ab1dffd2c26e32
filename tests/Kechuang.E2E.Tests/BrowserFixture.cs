using Kechuang.Testing;
using Kechuang.Testing.Web;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>
/// The real app on a free loopback port (demo mode, its own temporary SQLite database) and the system Chromium
/// driven by Playwright. No browser is downloaded: Playwright's node driver ships in its NuGet package and the
/// browser is Debian's (<c>KECHUANG_CHROMIUM</c>, default /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--lang=zh-CN",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The session watch polls every 2 s here (30 s in the product) so expiry tests finish quickly.</summary>
    public KechuangWebFactory App { get; } = new()
    {
        Options = new() { Settings = new Dictionary<string, string?> { ["Security:SessionCheckSeconds"] = "2" } },
    };

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        BaseUrl = App.StartKestrel();
        var chromium = Environment.GetEnvironmentVariable("KECHUANG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}. Run ./scripts/test.sh, which installs Debian's chromium, or set KECHUANG_CHROMIUM.");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A page in a fresh browser context, signed in through the real login page as <paramref name="userName"/>
    /// (a demo account; the planner may import and edit work plans).
    /// </summary>
    public async Task<IPage> NewPageAsync(string userName = "demo.planner")
    {
        var page = await NewAnonymousPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("login-username").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(Kechuang.Platform.Identity.DemoAccountsSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal) || url.Contains("/account/login/", StringComparison.Ordinal));
        return page;
    }

    /// <summary>An administrator (三员) demo account signed in through both steps: password, then the authenticator code
    /// the demo-mode second step shows.</summary>
    public async Task<IPage> NewAdministratorPageAsync(string userName)
    {
        var page = await NewPageAsync(userName);
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login/two-factor"));
        var hint = await page.GetByTestId("demo-totp").TextContentAsync() ?? "";
        await page.GetByTestId("totp-code").FillAsync(System.Text.RegularExpressions.Regex.Match(hint, @"\d{6}").Value);
        await page.GetByTestId("totp-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
        return page;
    }

    /// <summary>A page in a fresh browser context (own cookies and storage) whose relative URLs go to the app.</summary>
    public async Task<IPage> NewAnonymousPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new() { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

public static class PageExtensions
{
    /// <summary>Blazor Server pages are interactive once the circuit is up: wait for blazor.web.js to have started it.</summary>
    public static async Task WaitForCircuitAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync(
            "() => window.Blazor !== undefined && document.querySelector('#blazor-error-ui')?.offsetParent === null");
    }

    /// <summary>Navigates to a path of the app and waits for the circuit.</summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        return response;
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots/ at the repository root and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(RepoPaths.TestResults, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
