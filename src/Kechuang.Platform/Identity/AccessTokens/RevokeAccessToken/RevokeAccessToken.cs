using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.AccessTokens.RevokeAccessToken;

/// <summary>An account revokes one of its own tokens; another account's token is "not found", so ids reveal nothing.</summary>
public sealed class RevokeAccessToken(KechuangDbContext db, AccessTokenCache cache, TimeProvider clock)
{
    public async Task<Result<bool>> ExecuteAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.Set<AccessToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return Error.NotFound("token-not-found", "未找到该令牌。");
        }
        if (token.RevokedAtUtc is null)
        {
            token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        cache.Invalidate(token.TokenHash);
        return true;
    }
}
