using Kechuang.Platform.Identity.AccessTokens.CreateAccessToken;
using Kechuang.Platform.Identity.AccessTokens.ListAccessTokens;
using Kechuang.Platform.Identity.AccessTokens.RevokeAccessToken;
using Kechuang.Platform.Identity.Account.ChangeMyPassword;
using Kechuang.Platform.Identity.Account.GetMyAccount;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Account;

/// <summary><c>/api/platform/account/…</c>: what a signed-in account does to itself, tokens included.</summary>
public static class MyAccountEndpoints
{
    public static RouteGroupBuilder MapMyAccountEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var api = group.MapGroup("");
        api.MapGetMyAccount();
        api.MapChangeMyPassword();
        api.MapListAccessTokens();
        api.MapCreateAccessToken();
        api.MapRevokeAccessToken();
        return group;
    }
}
