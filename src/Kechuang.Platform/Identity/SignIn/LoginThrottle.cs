using System.Collections.Concurrent;

namespace Kechuang.Platform.Identity.SignIn;

/// <summary>Recent failed sign-ins per client address, so the CAPTCHA also appears for someone trying many accounts.</summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Count, DateTime FirstUtc)> _failures = new(StringComparer.Ordinal);

    public int Failures(string? clientIp)
    {
        if (clientIp is null || !_failures.TryGetValue(clientIp, out var entry))
        {
            return 0;
        }
        return clock.GetUtcNow().UtcDateTime - entry.FirstUtc > Window ? 0 : entry.Count;
    }

    public void Failed(string? clientIp)
    {
        if (clientIp is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        _failures.AddOrUpdate(clientIp, _ => (1, now),
            (_, old) => now - old.FirstUtc > Window ? (1, now) : (old.Count + 1, old.FirstUtc));
    }

    public void Succeeded(string? clientIp)
    {
        if (clientIp is not null)
        {
            _failures.TryRemove(clientIp, out _);
        }
    }
}
