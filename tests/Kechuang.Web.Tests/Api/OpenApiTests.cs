using Kechuang.Testing.Identity;
using Kechuang.Platform.Access;
using System.Net;
using System.Text.Json;
using Kechuang.Testing.Web;

namespace Kechuang.Web.Tests.Api;

public sealed class OpenApiTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    [Fact]
    public async Task OpenApiDocument_IsJsonWithAChineseTitle()
    {
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);

        using var response = await client.GetAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = document.RootElement.GetProperty("info").GetProperty("title").GetString();
        Assert.Equal("科创 Kechuang API", title);
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheWorkPlansEndpoints()
    {
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(paths, p => p.StartsWith("/api/work-plans/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiDocsPage_IsServedAsHtml()
    {
        // /api/docs redirects to /api/docs/; HttpClient drops the Authorization header on redirects, so ask for it directly.
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);

        using var response = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("科创 Kechuang API 文档", html, StringComparison.Ordinal);
    }
}
