using System.Net;
using System.Net.Http.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Identity;

namespace Kechuang.Web.Tests.Identity;

public sealed class SessionsAndPasswordApiTests(AccountApiHost host) : IClassFixture<AccountApiHost>
{
    [Fact]
    public async Task AfterAForcedLogout_TheRevokedBrowserIsSentToLogin_AndTheOtherStaysSignedIn()
    {
        var admin = await host.Factory.Services.CreateAccountAsync("session-admin", [PlatformPermissions.SessionsManage], duty: AdminDuty.SecurityAdministrator);
        var user = await host.Factory.Services.CreateAccountAsync("session-user", []);
        using var adminClient = host.Factory.CreateClient(admin);
        using var revokedBrowser = await host.Factory.SignInAsync(user);
        var revokedSession = await host.OpenSessionIdAsync(user);
        using var otherBrowser = await host.Factory.SignInAsync(user);
        await AssertSignedInAsync(revokedBrowser);

        var listed = await adminClient.GetStringAsync(new Uri("/api/platform/sessions", UriKind.Relative));
        Assert.Contains(revokedSession.ToString(), listed, StringComparison.Ordinal);
        Assert.Contains("测试 session-user", listed, StringComparison.Ordinal);
        using var revoke = await adminClient.PostAsync(new Uri($"/api/platform/sessions/{revokedSession}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        using var page = await revokedBrowser.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        await AssertSignedInAsync(otherBrowser);
        var after = await adminClient.GetStringAsync(new Uri("/api/platform/sessions", UriKind.Relative));
        Assert.DoesNotContain(revokedSession.ToString(), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACookiePasswordChangeWithoutTheCsrfHeader_IsRefused400()
    {
        var user = await host.Factory.Services.CreateAccountAsync("csrf-user", []);
        using var browser = await host.Factory.SignInAsync(user);

        using var response = await browser.PostAsJsonAsync("/api/platform/account/password",
            new { currentPassword = user.Password, newPassword = "Kc#2025-xinmima", confirmPassword = "Kc#2025-xinmima" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stillOld = await host.Factory.SignInAsync(user);
    }

    [Fact]
    public async Task ACookiePasswordChangeWithTheCsrfHeader_Succeeds_AndEndsTheOtherSessions()
    {
        var user = await host.Factory.Services.CreateAccountAsync("pwd-user", []);
        using var other = await host.Factory.SignInAsync(user);
        using var browser = await host.Factory.SignInAsync(user);

        using var response = await AccountApiHost.PostWithCsrfAsync(browser, "/api/platform/account/password",
            new { currentPassword = user.Password, newPassword = "Kc#2025-xinmima", confirmPassword = "Kc#2025-xinmima" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"otherSessionsEnded\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertSignedInAsync(browser);
        using var otherPage = await other.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, otherPage.StatusCode);
        using var newPassword = await host.Factory.SignInAsync(user.UserName, "Kc#2025-xinmima");
    }

    private static async Task AssertSignedInAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/api/platform/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
