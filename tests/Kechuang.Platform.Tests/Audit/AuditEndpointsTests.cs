using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using MiniExcelLibs;

namespace Kechuang.Platform.Tests.Audit;

public sealed class AuditEndpointsTests : IAsyncLifetime
{
    private readonly KechuangWebFactory _factory = new() { Options = new() { Demo = false } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AccountWithoutAuditRead_IsRefusedEveryAuditEndpoint()
    {
        var other = await _factory.Services.CreateAccountAsync("sysadmin1", [PlatformPermissions.UsersManage], duty: AdminDuty.SystemAdministrator);
        using var client = _factory.CreateClient(other);

        using var entries = await client.GetAsync(new Uri("/api/platform/audit/entries", UriKind.Relative));
        using var export = await client.GetAsync(new Uri("/api/platform/audit/export", UriKind.Relative));
        using var verify = await client.PostAsync(new Uri("/api/platform/audit/verify", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, entries.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, verify.StatusCode);
        Assert.DoesNotContain("intact", await verify.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_SearchesVerifiesAndExports()
    {
        var auditor = await _factory.Services.CreateAccountAsync("auditor1", [PlatformPermissions.AuditRead], duty: AdminDuty.AuditAdministrator);
        using var client = _factory.CreateClient(auditor);

        using var entries = await client.GetAsync(new Uri("/api/platform/audit/entries?action=data.create&targetType=KechuangUser&pageSize=200", UriKind.Relative));
        using var verify = await client.PostAsync(new Uri("/api/platform/audit/verify", UriKind.Relative), null);
        using var export = await client.GetAsync(new Uri("/api/platform/audit/export?action=data.create", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, entries.StatusCode);
        using var page = JsonDocument.Parse(await entries.Content.ReadAsStringAsync());
        Assert.Contains(page.RootElement.GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("actionLabel").GetString() == "新增" && r.GetProperty("targetId").GetString() == auditor.UserId.ToString());
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var verification = await verify.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal("序号", workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First().Values.First());
    }

    [Fact]
    public async Task SignedInAuditor_SeesThePagesAndDownloadsThroughThePlainLink()
    {
        // No administrator duty, so the password alone signs in (administrators must enrol two-factor first).
        var auditor = await _factory.Services.CreateAccountAsync("auditor3", [PlatformPermissions.AuditRead]);
        var other = await _factory.Services.CreateAccountAsync("planner3", [PlatformPermissions.ApiDocs]);
        using var browser = await _factory.SignInAsync(auditor);
        using var outsider = await _factory.SignInAsync(other);

        var trail = await browser.GetStringAsync(new Uri("/audit", UriKind.Relative));
        var logins = await browser.GetStringAsync(new Uri("/audit/logins", UriKind.Relative));
        using var download = await browser.GetAsync(new Uri("/api/platform/audit/export?loginsOnly=true", UriKind.Relative));
        using var refused = await outsider.GetAsync(new Uri("/audit", UriKind.Relative));

        Assert.Contains("校验审计链", trail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-table\"", trail, StringComparison.Ordinal);
        Assert.Contains("登录日志", logins, StringComparison.Ordinal);
        Assert.Contains("/api/platform/audit/export?loginsOnly=true", logins, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheAuditEndpointsWithChineseSummaries()
    {
        var reader = await _factory.Services.CreateAccountAsync("docs1", [PlatformPermissions.ApiDocs]);
        using var client = _factory.CreateClient(reader);

        var document = await client.GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));

        using var json = JsonDocument.Parse(document);
        var paths = json.RootElement.GetProperty("paths");
        Assert.Contains("校验审计链", paths.GetProperty("/api/platform/audit/verify").GetProperty("post").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("查询审计日志", paths.GetProperty("/api/platform/audit/entries").GetProperty("get").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("导出审计日志", paths.GetProperty("/api/platform/audit/export").GetProperty("get").GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilter_IsAChineseProblem()
    {
        var auditor = await _factory.Services.CreateAccountAsync("auditor2", [PlatformPermissions.AuditRead], duty: AdminDuty.AuditAdministrator);
        using var client = _factory.CreateClient(auditor);

        using var response = await client.GetAsync(new Uri("/api/platform/audit/entries?from=2026-13-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("开始日期", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
