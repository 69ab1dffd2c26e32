using System.Collections.Concurrent;

namespace Kechuang.Platform.Identity.AccessTokens;

/// <summary>
/// Tokens looked up by hash, kept for a short while so an integration's every call costs no query. Revoking a
/// token evicts it here at once; another process (the CLI) is seen within the lifetime.
/// </summary>
public sealed class AccessTokenCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (AccessToken? Token, DateTime LoadedAtUtc)> _byHash = new(StringComparer.Ordinal);

    public async Task<AccessToken?> GetAsync(string hash, Func<Task<AccessToken?>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = clock.GetUtcNow().UtcDateTime;
        if (_byHash.TryGetValue(hash, out var cached) && now - cached.LoadedAtUtc < Lifetime)
        {
            return cached.Token;
        }
        var token = await load();
        if (_byHash.Count > 10_000)
        {
            _byHash.Clear();
        }
        _byHash[hash] = (token, now);
        return token;
    }

    public void Invalidate(string hash) => _byHash.TryRemove(hash, out _);

    public void InvalidateUser(Guid userId)
    {
        foreach (var (hash, entry) in _byHash)
        {
            if (entry.Token?.UserId == userId)
            {
                _byHash.TryRemove(hash, out _);
            }
        }
    }
}
