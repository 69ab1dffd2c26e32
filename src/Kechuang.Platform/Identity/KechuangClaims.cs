namespace Kechuang.Platform.Identity;

/// <summary>Claim types Kechuang puts on a signed-in principal (cookie or access token).</summary>
public static class KechuangClaims
{
    public const string UnitId = "kc:unit";
    public const string UnitPath = "kc:unit-path";
    public const string UnitName = "kc:unit-name";
    public const string Permission = "kc:perm";
    public const string DisplayName = "kc:name";
    public const string ScopeKind = "kc:scope";
    public const string ScopeRegions = "kc:regions";
    public const string Duty = "kc:duty";

    /// <summary>The server-side session id (so an administrator can force a logout).</summary>
    public const string SessionId = "kc:session";

    /// <summary>Present when the principal comes from a personal access token.</summary>
    public const string AccessTokenId = "kc:pat";
}
