using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.AccessTokens;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.AccessTokens.RevokeAccessToken;

using RevokeAccessToken = Kechuang.Platform.Identity.AccessTokens.RevokeAccessToken.RevokeAccessToken;

public sealed class RevokeAccessTokenTests
{
    [Theory, DatabaseData]
    public async Task RevokingOwnToken_MarksItRevoked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var owner = await database.Services.CreateAccountAsync("chenjing", [PlatformPermissions.AccessTokens]);
        var tokenId = await TokenIdAsync(database, owner);

        var result = await database.RunAsync<RevokeAccessToken, Result<bool>>(r => r.ExecuteAsync(owner.UserId, tokenId, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        Assert.NotNull((await db.Set<AccessToken>().SingleAsync(t => t.Id == tokenId)).RevokedAtUtc);
    }

    [Theory, DatabaseData]
    public async Task RevokingAnotherAccountsToken_IsNotFoundAndLeavesItValid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var owner = await database.Services.CreateAccountAsync("chenjing", [PlatformPermissions.AccessTokens]);
        var other = await database.Services.CreateAccountAsync("sunhao", [PlatformPermissions.AccessTokens]);
        var tokenId = await TokenIdAsync(database, owner);

        var result = await database.RunAsync<RevokeAccessToken, Result<bool>>(r => r.ExecuteAsync(other.UserId, tokenId, CancellationToken.None));

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
        await using var db = database.NewDbContext();
        Assert.Null((await db.Set<AccessToken>().SingleAsync(t => t.Id == tokenId)).RevokedAtUtc);
    }

    private static async Task<Guid> TokenIdAsync(TestDatabase database, TestAccount account)
    {
        await using var db = database.NewDbContext();
        return await db.Set<AccessToken>().Where(t => t.UserId == account.UserId).Select(t => t.Id).SingleAsync();
    }
}
