using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Policy;

/// <summary>The policy in force, read from <c>sys_security_policy</c> (defaults until the row exists) and cached.</summary>
public sealed class SecurityPolicies(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private volatile SecurityPolicy _current = new();
    private DateTime _loadedAtUtc = DateTime.MinValue;

    /// <summary>The cached policy (refreshed by <see cref="GetAsync"/>); never null.</summary>
    public SecurityPolicy Current => _current;

    public async Task<SecurityPolicy> GetAsync(KechuangDbContext db, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow().UtcDateTime - _loadedAtUtc < Lifetime)
        {
            return _current;
        }
        var stored = await db.Set<SecurityPolicy>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        Set(stored ?? new SecurityPolicy());
        return _current;
    }

    public void Set(SecurityPolicy policy)
    {
        _current = policy.Copy();
        _loadedAtUtc = clock.GetUtcNow().UtcDateTime;
    }
}
