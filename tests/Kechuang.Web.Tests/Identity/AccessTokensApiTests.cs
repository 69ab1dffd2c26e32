using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.AccessTokens;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Identity;

public sealed class AccessTokensApiTests(AccountApiHost host) : IClassFixture<AccountApiHost>
{
    private const string Tokens = "/api/platform/account/tokens";

    [Fact]
    public async Task ACreatedToken_IsShownOnce_ThenListedByPrefixOnly_AndWorks()
    {
        var owner = await host.Factory.Services.CreateAccountAsync("token-once", [PlatformPermissions.AccessTokens, PlatformPermissions.ApiDocs]);
        using var client = host.Factory.CreateClient(owner);

        using var created = await client.PostAsJsonAsync(Tokens, new { name = "区县填报系统对接", expiresInDays = 90, permissions = new[] { PlatformPermissions.AccessTokens } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("token").GetString()!;
        var prefix = body.RootElement.GetProperty("prefix").GetString()!;

        var list = await client.GetStringAsync(new Uri(Tokens, UriKind.Relative));
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.Contains(prefix, list, StringComparison.Ordinal);
        Assert.Contains("区县填报系统对接", list, StringComparison.Ordinal);
        using var withNewToken = WithToken(token);
        using var listedByNewToken = await withNewToken.GetAsync(new Uri(Tokens, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, listedByNewToken.StatusCode);
    }

    [Fact]
    public async Task AskingForAPermissionTheOwnerLacks_IsRefused400()
    {
        var owner = await host.Factory.Services.CreateAccountAsync("token-greedy", [PlatformPermissions.AccessTokens]);
        using var client = host.Factory.CreateClient(owner);

        using var response = await client.PostAsJsonAsync(Tokens, new { name = "越权", expiresInDays = 30, permissions = new[] { PlatformPermissions.SessionsManage } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("token-permissions", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AToken_GrantsOnlyItsOwnPermissions_AndLosesOnesItsOwnerLoses()
    {
        var owner = await host.Factory.Services.CreateAccountAsync("token-subset", [PlatformPermissions.AccessTokens, PlatformPermissions.ApiDocs]);
        using var ownerClient = host.Factory.CreateClient(owner);
        using var created = await ownerClient.PostAsJsonAsync(Tokens, new { name = "只读文档", expiresInDays = 7, permissions = new[] { PlatformPermissions.ApiDocs } });
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        using var narrow = WithToken(body.RootElement.GetProperty("token").GetString()!);

        using (var docs = await narrow.GetAsync(new Uri("/api/openapi/v1.json", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        }
        using (var tokens = await narrow.GetAsync(new Uri(Tokens, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tokens.StatusCode);
        }

        await RemovePermissionAsync(owner, PlatformPermissions.ApiDocs);

        using var afterLoss = await narrow.GetAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, afterLoss.StatusCode);
    }

    [Fact]
    public async Task ARevokedToken_Answers401()
    {
        var owner = await host.Factory.Services.CreateAccountAsync("token-revoked", [PlatformPermissions.AccessTokens]);
        using var client = host.Factory.CreateClient(owner);
        var id = await TokenIdAsync(owner);

        using var revoked = await client.PostAsync(new Uri($"{Tokens}/{id}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        using var after = await client.GetAsync(new Uri(Tokens, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task AnExpiredToken_Answers401()
    {
        var owner = await host.Factory.Services.CreateAccountAsync("token-expired", [PlatformPermissions.AccessTokens]);
        using var client = host.Factory.CreateClient(owner);
        using (var before = await client.GetAsync(new Uri(Tokens, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var token = await db.Set<AccessToken>().SingleAsync(t => t.UserId == owner.UserId);
            token.ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
            // Edited behind the host's back: it would see the change when its 30-second token cache expires.
            scope.ServiceProvider.GetRequiredService<AccessTokenCache>().Invalidate(token.TokenHash);
        }

        using var after = await client.GetAsync(new Uri(Tokens, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task RevokingAnotherAccountsToken_Answers404_AndTheTokenStillWorks()
    {
        var victim = await host.Factory.Services.CreateAccountAsync("token-victim", [PlatformPermissions.AccessTokens]);
        var intruder = await host.Factory.Services.CreateAccountAsync("token-intruder", [PlatformPermissions.AccessTokens]);
        using var intruderClient = host.Factory.CreateClient(intruder);
        var victimTokenId = await TokenIdAsync(victim);

        using var response = await intruderClient.PostAsync(new Uri($"{Tokens}/{victimTokenId}/revoke", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var victimClient = host.Factory.CreateClient(victim);
        using var still = await victimClient.GetAsync(new Uri(Tokens, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    private HttpClient WithToken(string token)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<Guid> TokenIdAsync(TestAccount account)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        return await db.Set<AccessToken>().Where(t => t.UserId == account.UserId).Select(t => t.Id).FirstAsync();
    }

    private async Task RemovePermissionAsync(TestAccount account, string permission)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        await db.Set<RolePermission>().Where(p => p.RoleId == account.RoleId && p.Permission == permission).ExecuteDeleteAsync();
        scope.ServiceProvider.GetRequiredService<AccessSnapshots>().Invalidate(account.UserId);
    }
}
