using System.Net;
using System.Net.Http.Json;
using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kechuang.Web.Tests.Identity;

/// <summary>Every endpoint of my account, tokens, security policy and sessions: anonymous → 401, the wrong permission → 403, the right one → served.</summary>
public sealed class AccountApiAuthorizationTests(AccountApiHost host) : IClassFixture<AccountApiHost>
{
    private static readonly Guid SomeId = Guid.CreateVersion7();

    /// <summary>Method, path, the permission it needs (null: any signed-in account).</summary>
    private static readonly (string Method, string Path, string? Permission)[] All =
    [
        ("GET", "/api/platform/account", null),
        ("POST", "/api/platform/account/password", null),
        ("GET", "/api/platform/account/tokens", PlatformPermissions.AccessTokens),
        ("POST", "/api/platform/account/tokens", PlatformPermissions.AccessTokens),
        ("POST", $"/api/platform/account/tokens/{SomeId}/revoke", PlatformPermissions.AccessTokens),
        ("GET", "/api/platform/security-policy", PlatformPermissions.SecurityPolicy),
        ("PUT", "/api/platform/security-policy", PlatformPermissions.SecurityPolicy),
        ("GET", "/api/platform/sessions", PlatformPermissions.SessionsManage),
        ("POST", $"/api/platform/sessions/{SomeId}/revoke", PlatformPermissions.SessionsManage),
    ];

    public static TheoryData<string, string, string?> Endpoints()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var (method, path, permission) in All)
        {
            data.Add(method, path, permission);
        }
        return data;
    }

    public static TheoryData<string, string, string> PermissionEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path, permission) in All)
        {
            if (permission is not null)
            {
                data.Add(method, path, permission);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymously_EveryEndpointAnswers401(string method, string path, string? permission)
    {
        _ = permission;
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await SendAsync(client, method, path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task WithoutThePermission_EveryPermissionEndpointAnswers403(string method, string path, string permission)
    {
        var others = PlatformPermissions.All.Select(p => p.Name).Where(p => p != permission).ToList();
        var account = await host.Factory.Services.CreateAccountAsync("no-" + Guid.NewGuid().ToString("N")[..12], others);
        using var client = host.Factory.CreateClient(account);

        using var response = await SendAsync(client, method, path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WithThePermission_EveryEndpointIsServed(string method, string path, string? permission)
    {
        var account = await host.Factory.Services.CreateAccountAsync("yes-" + Guid.NewGuid().ToString("N")[..12], permission is null ? [] : [permission]);
        using var client = host.Factory.CreateClient(account);

        using var response = await SendAsync(client, method, path);

        Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
            $"{method} {path} answered {(int)response.StatusCode} to an account holding {permission ?? "no permission"}.");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { });
        }
        return await client.SendAsync(request);
    }
}
