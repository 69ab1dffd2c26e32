using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.AccessTokens;
using Kechuang.Platform.Identity.AccessTokens.CreateAccessToken;
using Kechuang.Platform.Identity.AccessTokens.ListAccessTokens;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.AccessTokens.CreateAccessToken;

using CreateAccessToken = Kechuang.Platform.Identity.AccessTokens.CreateAccessToken.CreateAccessToken;

public sealed class CreateAccessTokenTests
{
    [Theory, DatabaseData]
    public async Task ANewToken_IsReturnedOnceAndStoredOnlyAsItsHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var account = await database.Services.CreateAccountAsync("wangfang", [PlatformPermissions.AccessTokens, PlatformPermissions.ApiDocs]);
        var holder = await database.CurrentUserAsync(account);

        var created = await database.RunAsync<CreateAccessToken, Result<CreatedAccessToken>>(c =>
            c.ExecuteAsync(holder, new CreateAccessTokenCommand("数据对接（区县填报系统）", 30, [PlatformPermissions.ApiDocs]), CancellationToken.None));

        Assert.True(created.IsSuccess, created.Error?.Message);
        var token = created.Value.Token;
        Assert.StartsWith(AccessTokenAuthenticationHandler.Prefix, token, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var stored = await db.Set<AccessToken>().AsNoTracking().SingleAsync(t => t.Id == created.Value.Id);
        Assert.Equal(AccessTokenAuthenticationHandler.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(new[] { stored.Name, stored.Prefix, stored.TokenHash, stored.Permissions }, field => field.Contains(token, StringComparison.Ordinal));
        Assert.Equal(token[..CreateAccessToken.PrefixLength], stored.Prefix);
        Assert.Equal(PlatformPermissions.ApiDocs, stored.Permissions);
        var listed = await database.RunAsync<ListAccessTokens, IReadOnlyList<AccessTokenRow>>(l => l.ExecuteAsync(account.UserId, CancellationToken.None));
        var row = Assert.Single(listed, r => r.Id == created.Value.Id);
        Assert.Equal("有效", row.Status);
    }

    [Theory, DatabaseData]
    public async Task APermissionTheHolderLacks_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var account = await database.Services.CreateAccountAsync("liuyang", [PlatformPermissions.AccessTokens]);
        var holder = await database.CurrentUserAsync(account);

        var created = await database.RunAsync<CreateAccessToken, Result<CreatedAccessToken>>(c =>
            c.ExecuteAsync(holder, new CreateAccessTokenCommand("越权", 30, [PlatformPermissions.AccessTokens, PlatformPermissions.AuditRead]), CancellationToken.None));

        Assert.Equal("token-permissions", created.Error?.Code);
        Assert.Contains(PlatformPermissions.AuditRead, created.Error!.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(1, await db.Set<AccessToken>().CountAsync(t => t.UserId == account.UserId));
    }

    [Theory]
    [InlineData(0, "token-expiry")]
    [InlineData(366, "token-expiry")]
    [InlineData(1, null)]
    [InlineData(365, null)]
    public async Task TheExpiry_MustBeOneTo365Days(int days, string? expectedError)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var account = await database.Services.CreateAccountAsync("zhaolei", [PlatformPermissions.AccessTokens]);
        var holder = await database.CurrentUserAsync(account);

        var created = await database.RunAsync<CreateAccessToken, Result<CreatedAccessToken>>(c =>
            c.ExecuteAsync(holder, new CreateAccessTokenCommand("期限", days, [PlatformPermissions.AccessTokens]), CancellationToken.None));

        Assert.Equal(expectedError, created.Error?.Code);
    }
}
