using System.Net;
using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;

namespace Kechuang.Web.Tests.Hosting;

/// <summary>The API answers with its own status codes; only pages get the Chinese not-found page.</summary>
public sealed class ApiStatusCodeTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    [Theory]
    [InlineData("POST", "/api/platform/audit/verify")]
    [InlineData("PUT", "/api/platform/security-policy")]
    [InlineData("POST", "/api/work-plans/plans/import")]
    public async Task RefusedApiWrite_Is403_NotARewrittenPage(string method, string path)
    {
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType, $"{method} {path}: {(int)response.StatusCode}");
        Assert.DoesNotContain("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_Is404WithoutThePage()
    {
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);

        using var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheChineseNotFoundPage()
    {
        using var client = await factory.SignInAsync(await factory.Services.CreateAccountAsync("lost", [PlatformPermissions.ApiDocs]));

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task ApiCalls_BeyondTheLimit_Get429InChinese()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Settings = new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "5" } } };
        using var client = await factory.CreateClientWithAsync(PlatformPermissions.ApiDocs);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 7; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/platform/antiforgery", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("请求过于频繁", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
