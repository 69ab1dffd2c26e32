using System.Collections.Concurrent;

namespace Kechuang.Platform.Identity.SignIn;

/// <summary>Recent failed sign-ins per client address, so the CAPTCHA also appears for someone trying many accounts.</summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Count, DateTime FirstUtc)> _failures = new(StringComparer.Ordinal);

    // A request without a known address (behind a proxy that drops it, or in-memory test hosts) counts under one key.
    private const string Unknown = "-";

    public int Failures(string? clientIp)
    {
        if (!_failures.TryGetValue(clientIp ?? Unknown, out var entry))
        {
            return 0;
        }
        return clock.GetUtcNow().UtcDateTime - entry.FirstUtc > Window ? 0 : entry.Count;
    }

    public void Failed(string? clientIp)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _failures.AddOrUpdate(clientIp ?? Unknown, _ => (1, now),
            (_, old) => now - old.FirstUtc > Window ? (1, now) : (old.Count + 1, old.FirstUtc));
    }

    public void Succeeded(string? clientIp)
    {
        _failures.TryRemove(clientIp ?? Unknown, out _);
    }
}
