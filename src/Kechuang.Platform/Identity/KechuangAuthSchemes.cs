namespace Kechuang.Platform.Identity;

/// <summary>Authentication scheme names: the default forwards to the token scheme for "Authorization: Bearer"
/// requests and to the cookie scheme otherwise.</summary>
public static class KechuangAuthSchemes
{
    public const string Default = "Kechuang";
    public const string Cookie = "Kechuang.Cookie";
    public const string AccessToken = "Kechuang.Token";
}
