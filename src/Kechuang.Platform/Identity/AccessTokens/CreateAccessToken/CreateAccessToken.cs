using Kechuang.Platform.Database;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.AccessTokens.CreateAccessToken;

public sealed record CreateAccessTokenCommand(string Name, int ExpiresInDays, IReadOnlyList<string> Permissions);

/// <summary>The new token in plain text: returned this once and never stored.</summary>
public sealed record CreatedAccessToken(Guid Id, string Name, string Prefix, string Token, IReadOnlyList<string> Permissions, DateTime ExpiresAtUtc);

/// <summary>
/// An account makes itself a personal access token, granting a subset of the permissions it holds right now
/// (<paramref name="holder"/>'s, which for a caller signed in by token are already that token's).
/// </summary>
public sealed class CreateAccessToken(KechuangDbContext db, TimeProvider clock)
{
    public const int MinDays = 1;
    public const int MaxDays = 365;
    public const int DefaultDays = 90;
    public const int MaxNameLength = 64;
    public const int PrefixLength = 8;

    public async Task<Result<CreatedAccessToken>> ExecuteAsync(CurrentUser holder, CreateAccessTokenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(command);
        var name = (command.Name ?? "").Trim();
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return Error.Validation("token-name", $"请填写令牌名称，不超过 {MaxNameLength} 个字符。");
        }
        if (command.ExpiresInDays is < MinDays or > MaxDays)
        {
            return Error.Validation("token-expiry", $"有效期须在 {MinDays}–{MaxDays} 天之间。");
        }
        var permissions = (command.Permissions ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (permissions.Count == 0)
        {
            return Error.Validation("token-permissions", "请至少选择一项权限。");
        }
        var lacking = permissions.Where(p => !holder.Has(p)).ToList();
        if (lacking.Count > 0)
        {
            return Error.Validation("token-permissions", $"令牌不能授予本人没有的权限：{string.Join("、", lacking)}。");
        }
        var token = AccessTokenAuthenticationHandler.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new AccessToken
        {
            UserId = holder.UserId,
            Name = name,
            Prefix = token[..PrefixLength],
            TokenHash = AccessTokenAuthenticationHandler.Hash(token),
            Permissions = string.Join(',', permissions),
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(command.ExpiresInDays),
        };
        db.Set<AccessToken>().Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAccessToken(stored.Id, stored.Name, stored.Prefix, token, permissions, stored.ExpiresAtUtc);
    }
}
