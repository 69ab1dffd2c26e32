using System.Net;
using System.Net.Http.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Roles.ListRoles;
using Kechuang.Platform.Identity.Roles.SetRolePermissions;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kechuang.Web.Tests.Identity.Roles;

public sealed class RolesApiTests(RolesApiTests.Host host) : IClassFixture<RolesApiTests.Host>
{
    private readonly KechuangWebFactory _factory = host.Factory;

    [Fact]
    public async Task RemovingAPermissionFromARole_AppliesToItsHoldersAtOnce()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-roles", [PlatformPermissions.RolesManage], duty: AdminDuty.SystemAdministrator);
        var holder = await _factory.Services.CreateAccountAsync("sys-users", [PlatformPermissions.UsersManage], duty: AdminDuty.SystemAdministrator);
        using var adminClient = _factory.CreateClient(admin);
        using var holderClient = _factory.CreateClient(holder);
        using var before = await holderClient.GetAsync(new Uri("/api/platform/users", UriKind.Relative));

        using var revoked = await adminClient.PutAsJsonAsync(new Uri($"/api/platform/roles/{holder.RoleId}/permissions", UriKind.Relative),
            new SetRolePermissionsCommand([]));
        using var after = await holderClient.GetAsync(new Uri("/api/platform/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task CrossDutyPermission_IsRefusedWithAChineseProblem()
    {
        var admin = await _factory.Services.CreateAccountAsync("sys-matrix", [PlatformPermissions.RolesManage], duty: AdminDuty.SystemAdministrator);
        using var client = _factory.CreateClient(admin);
        var matrix = await client.GetFromJsonAsync<RoleMatrix>(new Uri("/api/platform/roles", UriKind.Relative));
        var business = matrix!.Roles.First(r => r.Duty == AdminDuty.None);

        using var response = await client.PutAsJsonAsync(new Uri($"/api/platform/roles/{business.Id}/permissions", UriKind.Relative),
            new SetRolePermissionsCommand([PlatformPermissions.UsersManage]));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("三员分立", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/platform/roles")]
    [InlineData("POST", "/api/platform/roles")]
    [InlineData("PUT", "/api/platform/roles/{id}/permissions")]
    [InlineData("DELETE", "/api/platform/roles/{id}")]
    [InlineData("GET", "/api/platform/units")]
    [InlineData("POST", "/api/platform/units")]
    public async Task AdministrationEndpoints_RefuseAnonymousAndTheWrongAdministrator(string method, string path)
    {
        var auditor = await _factory.Services.CreateAccountAsync("aud-" + Guid.NewGuid().ToString("N")[..8], [PlatformPermissions.AuditRead], duty: AdminDuty.AuditAdministrator);
        using var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var wrong = _factory.CreateClient(auditor);
        var body = method is "POST" or "PUT" ? "{}" : null;

        using var anonymousResponse = await anonymous.SendAsync(Users.UsersApiTests.Request(method, path, Guid.CreateVersion7(), body));
        using var wrongResponse = await wrong.SendAsync(Users.UsersApiTests.Request(method, path, Guid.CreateVersion7(), body));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongResponse.StatusCode);
    }

    public sealed class Host : IAsyncLifetime
    {
        public KechuangWebFactory Factory { get; } = new() { Options = new() { Demo = false } };

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
