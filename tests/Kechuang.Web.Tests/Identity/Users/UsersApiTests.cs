using System.Net;
using System.Net.Http.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.CreateUser;
using Kechuang.Platform.Identity.Users.ListUsers;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Identity.Users;

public sealed class UsersApiTests(UsersApiTests.Host host) : IClassFixture<UsersApiTests.Host>
{
    private static readonly string[] AdminPermissions = [PlatformPermissions.UsersManage, PlatformPermissions.UnitsManage, PlatformPermissions.RolesManage];

    private readonly KechuangWebFactory _factory = host.Factory;

    public static TheoryData<string, string, string?> Endpoints => new()
    {
        { "GET", "/api/platform/users", null },
        { "POST", "/api/platform/users", """{"userName":"x","displayName":"x","unitId":"00000000-0000-0000-0000-000000000000"}""" },
        { "PUT", "/api/platform/users/{id}/profile", """{"displayName":"x"}""" },
        { "POST", "/api/platform/users/{id}/move", """{"unitId":"00000000-0000-0000-0000-000000000000"}""" },
        { "POST", "/api/platform/users/{id}/disable", null },
        { "POST", "/api/platform/users/{id}/enable", null },
        { "POST", "/api/platform/users/{id}/reset-password", null },
        { "PUT", "/api/platform/users/{id}/roles", """{"roleIds":[]}""" },
        { "GET", "/api/platform/users/{id}/personal-data", null },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_GetsUnauthorizedOnEveryUsersEndpoint(string method, string path, string? body)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Request(method, path, Guid.CreateVersion7(), body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AccountWithoutUsersManage_GetsForbiddenOnEveryUsersEndpoint(string method, string path, string? body)
    {
        var account = await _factory.Services.CreateAccountAsync("units-only-" + Guid.NewGuid().ToString("N")[..8],
            [PlatformPermissions.UnitsManage, PlatformPermissions.RolesManage, PlatformPermissions.UsersViewSensitive], duty: AdminDuty.SystemAdministrator);
        var target = await _factory.Services.CreateAccountAsync("target-" + Guid.NewGuid().ToString("N")[..8], []);
        using var client = _factory.CreateClient(account);

        using var response = await client.SendAsync(Request(method, path, target.UserId, body));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdministratorWithUsersManage_IsServedTheSameList()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-" + Guid.NewGuid().ToString("N")[..8], AdminPermissions, duty: AdminDuty.SystemAdministrator);
        using var client = _factory.CreateClient(admin);

        var page = await client.GetFromJsonAsync<UserListPage>(new Uri("/api/platform/users?search=sys-", UriKind.Relative));

        Assert.Contains(page!.Items, u => u.UserName == admin.UserName);
    }

    [Fact]
    public async Task RevealWithoutUsersViewSensitive_IsForbidden()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-" + Guid.NewGuid().ToString("N")[..8], AdminPermissions, duty: AdminDuty.SystemAdministrator);
        var target = await _factory.Services.CreateAccountAsync("target-" + Guid.NewGuid().ToString("N")[..8], []);
        using var client = _factory.CreateClient(admin);

        using var response = await client.GetAsync(new Uri($"/api/platform/users/{target.UserId}/personal-data", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExtraFieldsPostedToTheProfileEndpoint_AreIgnored()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-" + Guid.NewGuid().ToString("N")[..8], AdminPermissions, duty: AdminDuty.SystemAdministrator);
        var target = await _factory.Services.CreateAccountAsync("target-" + Guid.NewGuid().ToString("N")[..8], [],
            unitName: "雁塔区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610113");
        var otherRole = Guid.CreateVersion7();
        using var client = _factory.CreateClient(admin);

        using var response = await client.PutAsync(new Uri($"/api/platform/users/{target.UserId}/profile", UriKind.Relative), Json($$"""
            {"displayName":"李伟","unitId":"{{admin.UnitId}}","roles":["SystemAdministrator"],"roleIds":["{{otherRole}}"],
             "isDisabled":true,"mustChangePassword":true,"lockoutEnd":"2099-01-01T00:00:00Z","userName":"hijacked","passwordHash":"x"}
            """));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var user = await db.Set<KechuangUser>().AsNoTracking().SingleAsync(u => u.Id == target.UserId);
        Assert.Equal("李伟", user.DisplayName);
        Assert.Equal(target.UnitId, user.UnitId);
        Assert.Equal(target.UserName, user.UserName);
        Assert.False(user.IsDisabled);
        Assert.False(user.MustChangePassword);
        Assert.Null(user.LockoutEnd);
        Assert.Equal([target.RoleId], await db.Set<IdentityUserRole<Guid>>().Where(r => r.UserId == target.UserId).Select(r => r.RoleId).ToListAsync());
    }

    [Fact]
    public async Task ScriptInADisplayName_IsStoredAsTextAndRenderedInert()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-" + Guid.NewGuid().ToString("N")[..8], AdminPermissions, duty: AdminDuty.SystemAdministrator);
        var target = await _factory.Services.CreateAccountAsync("xss-" + Guid.NewGuid().ToString("N")[..8], [Kechuang.Modules.WorkPlans.WorkPlanPermissions.View]);
        using var client = _factory.CreateClient(admin);
        const string script = "<script>alert('x')</script>";

        using var saved = await client.PutAsync(new Uri($"/api/platform/users/{target.UserId}/profile", UriKind.Relative),
            JsonContent.Create(new { displayName = script }));
        var listed = await client.GetFromJsonAsync<UserListPage>(new Uri($"/api/platform/users?search={target.UserName}", UriKind.Relative));
        using var browser = await _factory.SignInAsync(target);
        var html = await browser.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(script, listed!.Items.Single().DisplayName);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedUser_GetsAOneTimePasswordThatWorksOnlyForTheForcedChange()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-" + Guid.NewGuid().ToString("N")[..8], AdminPermissions, duty: AdminDuty.SystemAdministrator);
        using var client = _factory.CreateClient(admin);
        var userName = "new-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostAsJsonAsync(new Uri("/api/platform/users", UriKind.Relative),
            new CreateUserCommand(userName, "陈静", admin.UnitId, null, "11010519491231002X", "13812341234"));
        var created = await response.Content.ReadFromJsonAsync<CreatedUser>();
        using var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var login = await TestAccounts.PostLoginAsync(browser, userName, created!.InitialPassword);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("change-password", login.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    internal static HttpRequestMessage Request(string method, string path, Guid id, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{id}", id.ToString(), StringComparison.Ordinal), UriKind.Relative));
        if (body is not null)
        {
            request.Content = Json(body);
        }
        return request;
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    public sealed class Host : IAsyncLifetime
    {
        public KechuangWebFactory Factory { get; } = new() { Options = new() { Demo = false } };

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
