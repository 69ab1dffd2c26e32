using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Administration;

[Collection(BrowserCollection.Name)]
public sealed class SecurityAuditAndAccountPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task AuditAdministrator_SearchesTheTrail_AndVerifiesTheChain()
    {
        var page = await browser.NewAdministratorPageAsync("demo.auditor");

        await page.OpenAsync("/audit");

        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("登录");
        await page.GetByTestId("audit-verify").ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-verify-result")).ToContainTextAsync("审计链完整");
        await page.ScreenshotAsync("audit-trail");
        await page.OpenAsync("/audit/logins");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("demo.auditor");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditAdministrator_CannotOpenBusinessPages()
    {
        var page = await browser.NewAdministratorPageAsync("demo.auditor");

        await page.GotoAsync("/work-plans");

        await page.WaitForURLAsync(new Regex("/account/denied"));
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SecurityAdministrator_SeesThePolicyAndTheOnlineSessions()
    {
        var page = await browser.NewAdministratorPageAsync("demo.secadmin");

        await page.OpenAsync("/admin/security-policy");
        await Assertions.Expect(page.GetByTestId("security-policy")).ToContainTextAsync("密码");
        await page.GetByTestId("policy-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("policy-message")).ToBeVisibleAsync();
        await page.ScreenshotAsync("security-policy");
        await page.OpenAsync("/admin/sessions");
        await Assertions.Expect(page.GetByTestId("sessions-table")).ToContainTextAsync("demo.secadmin");
        await page.ScreenshotAsync("sessions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Planner_CreatesAnAccessToken_ThatWorksOnTheApi()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account");

        await page.GetByTestId("token-name").FillAsync("数据对接");
        await page.GetByTestId("token-name").BlurAsync();
        await page.GetByTestId("account-tokens").GetByText("查看工作要点", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("token-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("token-created")).ToBeVisibleAsync();
        var token = (await page.GetByTestId("token-value").InputValueAsync()).Trim();
        await page.ScreenshotAsync("my-account-token");

        Assert.StartsWith("kc_", token, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = browser.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await page.Context.CloseAsync();
    }
}
