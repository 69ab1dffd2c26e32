using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed partial class SignInPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task ProtectedPage_SendsToTheLoginPage_AndBackAfterSigningIn()
    {
        var page = await browser.NewAnonymousPageAsync();

        await page.GotoAsync("/work-plans");

        await page.WaitForURLAsync(new Regex("/account/login"));
        await Assertions.Expect(page.GetByTestId("demo-accounts")).ToContainTextAsync(DemoAccountsSeeder.Password);
        await page.ScreenshotAsync("login");
        await page.GetByTestId("login-username").FillAsync("demo.planner");
        await page.GetByTestId("login-password").FillAsync(DemoAccountsSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex("/work-plans$"));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("演示·综合规划处");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsAChineseMessage()
    {
        var page = await browser.NewAnonymousPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByTestId("login-username").FillAsync("demo.leader");
        await page.GetByTestId("login-password").FillAsync("not-the-password");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("用户名或密码错误。");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditAdministrator_EntersTheAuthenticatorCode_AndSeesNoBusinessNavigation()
    {
        var page = await browser.NewPageAsync("demo.auditor");

        await page.WaitForURLAsync(new Regex("/account/login/two-factor"));
        var hint = await page.GetByTestId("demo-totp").TextContentAsync();
        await page.ScreenshotAsync("login-two-factor");
        await page.GetByTestId("totp-code").FillAsync(SixDigits().Match(hint ?? "").Value);
        await page.GetByTestId("totp-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();

        await Assertions.Expect(page.GetByTestId("home-welcome")).ToBeVisibleAsync();
        var navigation = page.Locator(".mud-drawer");
        await Assertions.Expect(navigation.GetByText("安全审计", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(navigation.GetByText("工作要点", new() { Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SessionEndedWhileEditing_GoesToLogin_AndTheDraftComesBackAfterSigningInAgain()
    {
        var planId = await FirstPlanIdAsync();
        var page = await browser.NewPageAsync();
        await page.OpenAsync($"/work-plans/{planId}");
        await page.GetByTestId("edit-details").ClickAsync();
        var title = page.Locator("#plan-details-title");
        await title.FillAsync("2021年西安市科技工作要点（未保存的修改）");

        await EndLatestSessionAsync("demo.planner");

        await page.WaitForURLAsync(new Regex("/account/login\\?expired=1"), new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("session-expired")).ToBeVisibleAsync();
        await page.ScreenshotAsync("session-expired");
        await page.GetByTestId("login-username").FillAsync("demo.planner");
        await page.GetByTestId("login-password").FillAsync(DemoAccountsSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/work-plans/{planId}$"));
        await page.WaitForCircuitAsync();
        await page.GetByTestId("edit-details").ClickAsync();

        await Assertions.Expect(page.Locator("#plan-details-title")).ToHaveValueAsync("2021年西安市科技工作要点（未保存的修改）");
        await Assertions.Expect(page.GetByTestId("draft-restored")).ToBeVisibleAsync();
        await page.ScreenshotAsync("draft-restored");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningIn_IsRecordedWithTheBrowsersAddress()
    {
        var page = await browser.NewPageAsync("demo.leader");
        await page.WaitForCircuitAsync();

        await using var scope = browser.App.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<AuditEntry>()
            .Where(e => e.Action == AuditActions.Login && e.UserName == "demo.leader").OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("127.0.0.1", entry.ClientIp);
        await page.Context.CloseAsync();
    }

    private async Task<Guid> FirstPlanIdAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var plans = await scope.ServiceProvider.GetRequiredService<ListPlans>().ExecuteAsync(new ListPlansQuery(), CancellationToken.None);
        return plans.First(p => p.Title.Contains("西安", StringComparison.Ordinal)).Id;
    }

    private async Task EndLatestSessionAsync(string userName)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KechuangDbContext>();
        var userId = await db.Set<KechuangUser>().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var sessionId = await db.Set<UserSession>().Where(s => s.UserId == userId && s.EndedAtUtc == null)
            .OrderByDescending(s => s.CreatedAtUtc).Select(s => s.Id).FirstAsync();
        await services.GetRequiredService<SessionGuard>().EndAsync(db, services.GetRequiredService<IAuditTrail>(), sessionId,
            SessionEndReason.Revoked, null, CancellationToken.None);
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();
}
