using System.Net;
using System.Text.RegularExpressions;
using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Access;

/// <summary>
/// Every API endpoint that names a permission is called anonymously (401), by an account without that permission
/// (403) and by one holding exactly it (authorised: 2xx for a GET without parameters; for the others the request
/// passes authorisation and fails, if at all, on its missing or made-up input — never 401/403/5xx).
/// Routes are read from the running host, so a new endpoint is covered the day it is mapped.
/// </summary>
public sealed partial class AuthorizationMatrixTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    /// <summary>One row per endpoint and required permission; <c>required</c> lists all the endpoint requires (comma separated).</summary>
    public static TheoryData<string, string, string, string> PermissionEndpoints()
    {
        using var host = new KechuangWebFactory();
        var data = new TheoryData<string, string, string, string>();
        foreach (var group in ApiEndpoints(host.Services).GroupBy(e => (e.Method, e.Route)))
        {
            var required = string.Join(',', group.Select(e => e.Policy));
            foreach (var endpoint in group)
            {
                data.Add(endpoint.Method, endpoint.Route, endpoint.Policy, required);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task Anonymous_GetsUnauthorized(string method, string route, string policy, string required)
    {
        _ = required;
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Request(method, route));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {route} ({policy}) anonymously: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task AccountWithoutThePermission_GetsForbidden(string method, string route, string policy, string required)
    {
        // Everything else the endpoint requires, and a few unrelated permissions, but not this one.
        var others = required.Split(',').Concat(PlatformPermissions.All.Select(p => p.Name).Take(3)).Where(p => p != policy).Distinct().ToArray();
        using var client = await factory.CreateClientWithAsync(others);

        using var response = await client.SendAsync(Request(method, route));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {route} without {policy}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task AccountWithThePermission_IsAuthorised(string method, string route, string policy, string required)
    {
        using var client = await factory.CreateClientWithAsync(required.Split(','));

        using var response = await client.SendAsync(Request(method, route));

        var status = (int)response.StatusCode;
        Assert.True(status is not (401 or 403) && status < 500, $"{method} {route} with {policy}: {status} {await response.Content.ReadAsStringAsync()}");
        if (method == "GET" && !route.Contains('{', StringComparison.Ordinal))
        {
            Assert.True(response.IsSuccessStatusCode, $"GET {route} with {policy}: {status}");
        }
    }

    [Fact]
    public void TheMatrix_CoversTheWorkPlanEndpoints()
    {
        var routes = ApiEndpoints(factory.Services).Select(e => e.Route).ToList();

        Assert.Contains("/api/work-plans/plans", routes);
        Assert.Contains("/api/work-plans/plans/import", routes);
        Assert.True(routes.Count >= 6, string.Join(", ", routes));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/work-plans")]
    [InlineData("/work-plans/import")]
    [InlineData("/account")]
    public async Task Anonymous_PageRedirectsToTheLoginPage(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInAccountWithoutThePagesPermission_IsSentToTheDeniedPage()
    {
        var account = await factory.Services.CreateAccountAsync("nopages", [PlatformPermissions.ApiDocs]);
        using var client = await factory.SignInAsync(account);

        using var response = await client.GetAsync(new Uri("/work-plans/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPages_AreServedAnonymously()
    {
        using var client = factory.CreateClient();

        Assert.Contains("用户登录", await client.GetStringAsync(new Uri("/account/login", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("页面不存在", await client.GetStringAsync(new Uri("/not-found", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, string route)
    {
        var path = RouteParameter().Replace(route, m => m.Groups[1].Value switch
        {
            var p when p.Contains("id", StringComparison.OrdinalIgnoreCase) => Guid.CreateVersion7().ToString(),
            "documentName" => "v1",
            _ => "x",
        });
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            // A body of the kind the endpoint accepts, so routing's content-type check (415) does not answer first.
            request.Content = Multipart.Contains(route)
                ? new MultipartFormDataContent { { new StringContent("x"), "unused" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return request;
    }

    private static readonly HashSet<string> Multipart = MultipartRoutes();

    private static HashSet<string> MultipartRoutes()
    {
        using var host = new KechuangWebFactory();
        return host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)
            .Select(e => e.RoutePattern.RawText!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static List<(string Method, string Route, string Policy)> ApiEndpoints(IServiceProvider services)
    {
        var permissions = services.GetRequiredService<PermissionCatalog>().All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            // Scalar's own script and icon files under /api/docs are public assets (no data), served by its file provider.
            .Where(e => !(e.RoutePattern.RawText!.StartsWith("/api/docs/", StringComparison.Ordinal) && Path.HasExtension(e.RoutePattern.RawText)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .SelectMany(m => e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Where(a => a.Policy is not null && permissions.Contains(a.Policy))
                    .Select(a => (Method: m, Route: e.RoutePattern.RawText!, Policy: a.Policy!))))
            .Distinct()
            .OrderBy(x => x.Route, StringComparer.Ordinal).ThenBy(x => x.Method, StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
