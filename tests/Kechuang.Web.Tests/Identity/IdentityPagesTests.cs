using System.Net;
using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;

namespace Kechuang.Web.Tests.Identity;

/// <summary>The account, security-policy and sessions pages as the browser first receives them (server prerendering).</summary>
public sealed class IdentityPagesTests(AccountApiHost host) : IClassFixture<AccountApiHost>
{
    [Fact]
    public async Task MyAccount_ShowsNameUnitAndTheCurrentSignIn_AndNoTokenPanelWithoutThePermission()
    {
        var user = await host.Factory.Services.CreateAccountAsync("page-user", [], unitName: "成果转化科");
        using var browser = await host.Factory.SignInAsync(user);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri("/account", UriKind.Relative)));

        Assert.Contains("测试 page-user", html, StringComparison.Ordinal);
        Assert.Contains("成果转化科", html, StringComparison.Ordinal);
        Assert.Contains("当前会话", html, StringComparison.Ordinal);
        Assert.Contains("account-two-factor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("account-tokens", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyAccount_WithTheTokenPermission_ListsTheTokensByPrefix()
    {
        var user = await host.Factory.Services.CreateAccountAsync("page-tokens", [PlatformPermissions.AccessTokens]);
        using var browser = await host.Factory.SignInAsync(user);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri("/account", UriKind.Relative)));

        Assert.Contains("account-tokens", html, StringComparison.Ordinal);
        Assert.Contains(user.Token[..8], html, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Token, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecurityPolicy_ShowsEveryBoundedField_ToItsAdministrator_AndIsDeniedToOthers()
    {
        var admin = await host.Factory.Services.CreateAccountAsync("page-policy", [PlatformPermissions.SecurityPolicy]);
        var other = await host.Factory.Services.CreateAccountAsync("page-nopolicy", [PlatformPermissions.AccessTokens]);
        using var adminBrowser = await host.Factory.SignInAsync(admin);
        using var otherBrowser = await host.Factory.SignInAsync(other);

        var html = WebUtility.HtmlDecode(await adminBrowser.GetStringAsync(new Uri("/admin/security-policy", UriKind.Relative)));
        using var denied = await otherBrowser.GetAsync(new Uri("/admin/security-policy", UriKind.Relative));

        foreach (var label in new[] { "密码最小长度", "连续登录失败锁定次数", "会话空闲超时（分钟）", "失败几次后要求验证码" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sessions_ListsOtherAccountsSessionsWithAForceLogoutButton()
    {
        var admin = await host.Factory.Services.CreateAccountAsync("page-sessions", [PlatformPermissions.SessionsManage]);
        var user = await host.Factory.Services.CreateAccountAsync("page-online", [], unitName: "科技金融科");
        using var userBrowser = await host.Factory.SignInAsync(user);
        using var adminBrowser = await host.Factory.SignInAsync(admin);

        using var response = await adminBrowser.GetAsync(new Uri("/admin/sessions", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("测试 page-online", html, StringComparison.Ordinal);
        Assert.Contains("科技金融科", html, StringComparison.Ordinal);
        Assert.Contains("强制下线", html, StringComparison.Ordinal);
    }
}
