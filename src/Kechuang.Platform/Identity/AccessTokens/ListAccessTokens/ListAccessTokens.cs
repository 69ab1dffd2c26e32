using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.AccessTokens.ListAccessTokens;

public sealed record AccessTokenRow(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Permissions,
    DateTime CreatedAtUtc,
    DateTime ExpiresAtUtc,
    DateTime? LastUsedAtUtc,
    DateTime? RevokedAtUtc,
    string Status);

/// <summary>An account's own tokens, newest first; never the token itself (only its prefix is kept in clear).</summary>
public sealed class ListAccessTokens(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccessTokenRow>> ExecuteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.Set<AccessToken>().AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return tokens
            .OrderByDescending(t => t.CreatedAtUtc)
            .Select(t => new AccessTokenRow(t.Id, t.Name, t.Prefix, t.PermissionList, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc,
                t.RevokedAtUtc is not null ? "已撤销" : t.ExpiresAtUtc <= now ? "已过期" : "有效"))
            .ToList();
    }
}
