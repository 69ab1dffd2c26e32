using System.Net;
using Kechuang.Testing.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kechuang.Web.Tests.Access;

/// <summary>
/// Outside demo mode the interim policies deny everyone until identity lands (docs/adr/0004): nothing is open in
/// production. The same requests succeed in demo mode, so these tests cannot pass by accident.
/// </summary>
public sealed class DefaultDenyTests(DefaultDenyTests.Hosts hosts) : IClassFixture<DefaultDenyTests.Hosts>
{
    private readonly KechuangWebFactory _production = hosts.Production;
    private readonly KechuangWebFactory _demo = hosts.Demo;

    public static TheoryData<string> ProtectedPaths => new()
    {
        "/",
        "/work-plans",
        "/api/openapi/v1.json",
        "/api/docs",
        "/api/work-plans/plans",
    };

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task WithoutDemoMode_ProtectedPathIsRefused(string path)
    {
        using var client = _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"GET {path} answered {(int)response.StatusCode} {response.StatusCode} instead of 401/403.");
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task InDemoMode_ProtectedPathIsServed(string path)
    {
        using var client = _demo.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutDemoMode_ThePublicNotFoundPageIsStillServed()
    {
        using var client = _production.CreateClient();

        using var response = await client.GetAsync(new Uri("/not-found", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class Hosts : IAsyncLifetime
    {
        public KechuangWebFactory Production { get; } = new() { Options = new() { Demo = false } };

        public KechuangWebFactory Demo { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await Production.DisposeAsync();
            await Demo.DisposeAsync();
        }
    }
}
