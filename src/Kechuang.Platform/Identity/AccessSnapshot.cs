using System.Collections.Concurrent;
using System.Security.Claims;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity;

/// <summary>What an account may do right now: loaded from its roles, cached briefly, rebuilt on every change.</summary>
public sealed record AccessSnapshot(
    Guid UserId,
    string UserName,
    string DisplayName,
    Guid UnitId,
    string UnitPath,
    string UnitName,
    bool IsDisabled,
    bool MustChangePassword,
    DateTime? PasswordChangedAtUtc,
    bool TwoFactorEnabled,
    AdminDuty Duty,
    IReadOnlySet<string> Permissions,
    IReadOnlyList<ScopeGrant> Grants)
{
    public ClaimsPrincipal ToPrincipal(string authenticationType, Guid? sessionId, Guid? accessTokenId = null, IEnumerable<string>? permissions = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, UserId.ToString()),
            new(ClaimTypes.Name, UserName),
            new(KechuangClaims.DisplayName, DisplayName),
            new(KechuangClaims.UnitId, UnitId.ToString()),
            new(KechuangClaims.UnitPath, UnitPath),
            new(KechuangClaims.UnitName, UnitName),
            new(KechuangClaims.Duty, Duty.ToString()),
        };
        if (sessionId is { } session)
        {
            claims.Add(new Claim(KechuangClaims.SessionId, session.ToString()));
        }
        if (accessTokenId is { } token)
        {
            claims.Add(new Claim(KechuangClaims.AccessTokenId, token.ToString()));
        }
        claims.AddRange((permissions ?? Permissions).Select(p => new Claim(KechuangClaims.Permission, p)));
        foreach (var grant in Grants)
        {
            claims.Add(new Claim(KechuangClaims.ScopeKind, grant.Kind.ToString()));
            claims.AddRange(grant.Regions.Select(r => new Claim(KechuangClaims.ScopeRegions, r)));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}

/// <summary>
/// Loads <see cref="AccessSnapshot"/>s and keeps them for a short while, so an authenticated request costs no
/// query; any change to users, roles or units calls <see cref="Invalidate"/> / <see cref="InvalidateAll"/>, and
/// the expiry bounds how long another process (the CLI) can go unseen.
/// </summary>
public sealed class AccessSnapshots(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, (AccessSnapshot? Snapshot, DateTime LoadedAtUtc)> _cache = new();

    public async Task<AccessSnapshot?> GetAsync(KechuangDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_cache.TryGetValue(userId, out var cached) && now - cached.LoadedAtUtc < Lifetime)
        {
            return cached.Snapshot;
        }
        var snapshot = await LoadAsync(db, userId, cancellationToken);
        _cache[userId] = (snapshot, now);
        return snapshot;
    }

    public void Invalidate(Guid userId) => _cache.TryRemove(userId, out _);

    public void InvalidateAll() => _cache.Clear();

    public static async Task<AccessSnapshot?> LoadAsync(KechuangDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Set<KechuangUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.IsDisabled, u.MustChangePassword, u.PasswordChangedAtUtc, u.TwoFactorEnabled })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }
        var unit = await db.Set<Unit>().AsNoTracking()
            .Where(u => u.Id == user.UnitId)
            .Select(u => new { u.Path, u.Name })
            .SingleOrDefaultAsync(cancellationToken);
        var roles = await db.Set<KechuangRole>().AsNoTracking()
            .Where(r => db.Set<IdentityUserRole<Guid>>().Any(ur => ur.UserId == userId && ur.RoleId == r.Id))
            .Select(r => new { r.Duty, r.Scope, r.ScopeRegions, Permissions = r.Permissions.Select(p => p.Permission).ToList() })
            .ToListAsync(cancellationToken);
        return new AccessSnapshot(
            user.Id,
            user.UserName ?? "",
            user.DisplayName,
            user.UnitId,
            unit?.Path ?? "/",
            unit?.Name ?? "",
            user.IsDisabled,
            user.MustChangePassword,
            user.PasswordChangedAtUtc,
            user.TwoFactorEnabled,
            roles.Select(r => r.Duty).FirstOrDefault(d => d != AdminDuty.None),
            roles.SelectMany(r => r.Permissions).ToHashSet(StringComparer.Ordinal),
            roles.Select(r => new ScopeGrant(r.Scope, r.Scope == DataScopeKind.Regions
                    ? (r.ScopeRegions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : []))
                .Distinct()
                .ToList());
    }
}
