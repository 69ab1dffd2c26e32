using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kechuang.Platform.Identity.AccessTokens;

/// <summary>
/// <c>Authorization: Bearer kc_…</c>: looks the token up by its SM3 hash; the principal carries the token's
/// permissions that its owner still holds, and the owner's data scope.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KechuangDbContext db,
    AccessSnapshots snapshots,
    AccessTokenCache tokens,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Prefix = "kc_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("令牌格式不正确");
        }
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await tokens.GetAsync(hash,
            () => db.Set<AccessToken>().AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted));
        if (stored is null || stored.RevokedAtUtc is not null || stored.ExpiresAtUtc <= now)
        {
            return AuthenticateResult.Fail("令牌无效、已撤销或已过期");
        }
        var snapshot = await snapshots.GetAsync(db, stored.UserId, Context.RequestAborted);
        if (snapshot is null || snapshot.IsDisabled)
        {
            return AuthenticateResult.Fail("令牌所属账号已停用");
        }
        if (stored.LastUsedAtUtc is null || now - stored.LastUsedAtUtc > TimeSpan.FromMinutes(1))
        {
            stored.LastUsedAtUtc = now;
            await db.Set<AccessToken>().Where(t => t.Id == stored.Id)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAtUtc, now), Context.RequestAborted);
        }
        var permissions = stored.PermissionList.Where(snapshot.Permissions.Contains);
        var principal = snapshot.ToPrincipal(Scheme.Name, sessionId: null, accessTokenId: stored.Id, permissions: permissions);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    public static string Hash(string token) => AuditHashing.Sm3Hex(token);

    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
