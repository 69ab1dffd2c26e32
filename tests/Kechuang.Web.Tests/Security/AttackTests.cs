using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Security;

/// <summary>The "bad input and attacks" list, against the real host.</summary>
public sealed class AttackTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    private const string Plan = """
        2024年测试市科技工作要点

        一、强化企业创新主体地位
        1.实施高新技术企业倍增行动。全年高新技术企业净增300家。
        """;

    [Fact]
    public async Task CookieAuthenticatedApiWrite_WithoutTheAntiforgeryHeader_IsRefused()
    {
        var account = await factory.Services.CreateAccountAsync("csrf-victim", [WorkPlanPermissions.View, WorkPlanPermissions.Import]);
        using var client = await factory.SignInAsync(account);
        var before = await CountAsync<AuditEntry>(e => e.Action == AuditActions.Create && e.TargetType == "WorkPlan");

        using var forged = await client.PostAsync(new Uri("/api/work-plans/plans/import", UriKind.Relative), FileForm("csrf.txt", Plan));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync<AuditEntry>(e => e.Action == AuditActions.Create && e.TargetType == "WorkPlan"));

        var token = await client.GetFromJsonAsync<TokenResponse>(new Uri("/api/platform/antiforgery", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/work-plans/plans/import", UriKind.Relative))
        {
            Content = FileForm("csrf-ok.txt", Plan.Replace("测试市", "真实市", StringComparison.Ordinal)),
        };
        request.Headers.Add(token!.HeaderName, token.Token);
        using var genuine = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
    }

    [Fact]
    public async Task BearerTokenApiWrite_NeedsNoAntiforgeryHeader_AndIsAuditedAsItsOwner()
    {
        var account = await factory.Services.CreateAccountAsync("integration", [WorkPlanPermissions.View, WorkPlanPermissions.Import]);
        using var client = factory.CreateClient(account);

        using var response = await client.PostAsync(new Uri("/api/work-plans/plans/import", UriKind.Relative),
            FileForm("token.txt", Plan.Replace("测试市", "令牌市", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<AuditEntry>()
            .Where(e => e.Action == AuditActions.Create && e.TargetType == "WorkPlan" && e.UserId == account.UserId).ToListAsync();
        var entry = Assert.Single(created);
        Assert.Contains("令牌市", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInAPlanTitle_IsRenderedAsText()
    {
        var account = await factory.Services.CreateAccountAsync("xss", [WorkPlanPermissions.View, WorkPlanPermissions.Import, WorkPlanPermissions.Edit]);
        using var api = factory.CreateClient(account);
        using var imported = await api.PostAsync(new Uri("/api/work-plans/plans/import", UriKind.Relative),
            FileForm("xss.txt", Plan.Replace("测试市", "脚本市", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var id = (await imported.Content.ReadFromJsonAsync<IdResponse>())!.Id;
        var plan = await api.GetFromJsonAsync<TitleResponse>(new Uri($"/api/work-plans/plans/{id}", UriKind.Relative));
        const string Hostile = "2024年<script>alert('x')</script><img src=x onerror=alert(1)>科技工作要点";
        using var edited = await api.PatchAsJsonAsync(new Uri($"/api/work-plans/plans/{id}", UriKind.Relative),
            new { version = plan!.Version, details = new { title = Hostile, planYear = 2024 } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var browser = await factory.SignInAsync(account);

        var html = await browser.GetStringAsync(new Uri($"/work-plans/{id}", UriKind.Relative));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE wp_plans; --")]
    [InlineData("%' UNION SELECT \"PasswordHash\" FROM sys_users --")]
    public async Task SqlInjectionInTheSearchBox_FindsNothingAndHarmsNothing(string query)
    {
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View);
        var plans = await client.GetFromJsonAsync<List<IdResponse>>(new Uri("/api/work-plans/plans", UriKind.Relative));
        var id = plans!.First().Id;

        using var response = await client.GetAsync(new Uri($"/api/work-plans/plans/{id}/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("AQAAAA", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await client.GetFromJsonAsync<List<IdResponse>>(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(plans!.Count, after!.Count);
    }

    [Fact]
    public async Task AnAccessTokenCannotGrantMoreThanItsOwnerHolds()
    {
        var account = await factory.Services.CreateAccountAsync("narrow", [WorkPlanPermissions.View]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            await db.Set<Kechuang.Platform.Identity.AccessTokens.AccessToken>().Where(t => t.UserId == account.UserId)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.Permissions, WorkPlanPermissions.View + "," + WorkPlanPermissions.Import));
        }
        using var client = factory.CreateClient(account);

        using var response = await client.PostAsync(new Uri("/api/work-plans/plans/import", UriKind.Relative), FileForm("escalate.txt", Plan));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountsToken_StopsWorking()
    {
        var account = await factory.Services.CreateAccountAsync("disabled", [WorkPlanPermissions.View]);
        using var client = factory.CreateClient(account);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative))).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<Kechuang.Platform.Identity.KechuangUser>()
                .Where(u => u.Id == account.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
            scope.ServiceProvider.GetRequiredService<Kechuang.Platform.Identity.AccessSnapshots>().Invalidate(account.UserId);
        }

        using var response = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheLoginPage_DoesNotRedirectToAnotherSite()
    {
        var account = await factory.Services.CreateAccountAsync("phished", [WorkPlanPermissions.View]);
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/account/login?returnUrl=//evil.example.com/steal", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = TestAccounts.FormToken(page),
            ["Input.UserName"] = account.UserName, ["Input.Password"] = account.Password,
        });

        using var response = await client.PostAsync(new Uri("/account/login?returnUrl=//evil.example.com/steal", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.Host : "localhost");
        Assert.Equal("/", response.Headers.Location.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where)
        where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<T>().CountAsync(where);
    }

    private static MultipartFormDataContent FileForm(string name, string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private sealed record TokenResponse(string HeaderName, string Token);

    private sealed record IdResponse(Guid Id);

    private sealed record TitleResponse(string Title, int Version);
}
