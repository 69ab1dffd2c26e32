namespace Kechuang.Platform.Identity.AccessTokens;

/// <summary>
/// A personal access token for integrations: shown once, stored as its SM3 hash, limited to a subset of its owner's
/// permissions and to an expiry. Sent as <c>Authorization: Bearer kc_…</c>.
/// </summary>
public sealed class AccessToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, shown in lists so the owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public string TokenHash { get; set; } = "";

    /// <summary>Granted permissions, comma separated; the effective set is these ∩ the owner's current permissions.</summary>
    public string Permissions { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public IReadOnlyList<string> PermissionList =>
        Permissions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
