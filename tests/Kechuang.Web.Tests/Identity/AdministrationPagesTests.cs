using System.Net;
using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;

namespace Kechuang.Web.Tests.Identity;

/// <summary>The administration pages render on the server for a signed-in administrator and are refused to others.</summary>
public sealed class AdministrationPagesTests(AdministrationPagesTests.Host host) : IClassFixture<AdministrationPagesTests.Host>
{
    [Theory]
    [InlineData("/admin/units", "组织机构", "units-table")]
    [InlineData("/admin/users", "用户管理", "users-table")]
    [InlineData("/admin/roles", "角色与权限", "role-matrix")]
    public async Task Page_RendersForTheSystemAdministrator(string path, string title, string testId)
    {
        // Duty None: an administrator duty would send the sign-in through two-factor enrolment first, which is not what
        // this test is about; the permissions are the system administrator's.
        var admin = await host.Factory.Services.CreateAccountAsync("page-" + Guid.NewGuid().ToString("N")[..8],
            [PlatformPermissions.UsersManage, PlatformPermissions.UnitsManage, PlatformPermissions.RolesManage, PlatformPermissions.UsersViewSensitive]);
        using var browser = await host.Factory.SignInAsync(admin);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<title>{title} · 科创</title>", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"{testId}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/units")]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    public async Task Page_IsRefusedToABusinessUser(string path)
    {
        var user = await host.Factory.Services.CreateAccountAsync("biz-" + Guid.NewGuid().ToString("N")[..8], [PlatformPermissions.ApiDocs]);
        using var browser = await host.Factory.SignInAsync(user);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("data-testid=\"units-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"users-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"role-matrix\"", html, StringComparison.Ordinal);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden || html.Contains("page-denied", StringComparison.Ordinal),
            $"{path} answered {(int)response.StatusCode} without the denial notice.");
    }

    public sealed class Host : IAsyncLifetime
    {
        public KechuangWebFactory Factory { get; } = new() { Options = new() { Demo = false } };

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
