using System.Collections.Concurrent;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Policy;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Sessions;

/// <summary>
/// Server-side sessions: started at sign-in, checked on every cookie-authenticated request and circuit activity,
/// ended by sign-out, idle timeout (GB/T 22239-2019 8.1.4.1 b: 登录连接超时自动退出), an administrator or a disabled account.
/// Last-seen times are written at most once a minute.
/// </summary>
public sealed class SessionGuard(TimeProvider clock)
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Guid, (UserSession Session, DateTime LoadedAtUtc)> _cache = new();

    public async Task<UserSession> StartAsync(KechuangDbContext db, IAuditTrail audit, Guid userId, string userName, string? clientIp, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            UserId = userId,
            CreatedAtUtc = now,
            LastSeenAtUtc = now,
            ClientIp = Truncate(clientIp, 64),
            UserAgent = Truncate(userAgent, 300),
        };
        db.Set<UserSession>().Add(session);
        audit.Stage(new AuditRecord(AuditActions.Login, "UserSession", session.Id.ToString(), AuditOutcome.Success,
            UserId: userId, UserName: userName));
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Whether the session may go on; touches its last-seen time; ends it when it has been idle too long.</summary>
    public async Task<bool> ValidateAsync(KechuangDbContext db, IAuditTrail audit, SecurityPolicy policy, Guid sessionId, bool activity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await FindAsync(db, sessionId, now, cancellationToken);
        if (session is null || !session.IsActive)
        {
            return false;
        }
        if (now - session.LastSeenAtUtc > TimeSpan.FromMinutes(policy.IdleTimeoutMinutes))
        {
            await EndAsync(db, audit, sessionId, SessionEndReason.IdleTimeout, null, cancellationToken);
            return false;
        }
        if (activity && now - session.LastSeenAtUtc > TouchInterval)
        {
            await db.Set<UserSession>().Where(s => s.Id == sessionId && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now), cancellationToken);
            session.LastSeenAtUtc = now;
        }
        return true;
    }

    /// <summary>Idle minutes left, for the page that warns before the session ends; null when the session has ended.</summary>
    public async Task<TimeSpan?> RemainingAsync(KechuangDbContext db, SecurityPolicy policy, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await FindAsync(db, sessionId, now, cancellationToken);
        if (session is null || !session.IsActive)
        {
            return null;
        }
        var left = TimeSpan.FromMinutes(policy.IdleTimeoutMinutes) - (now - session.LastSeenAtUtc);
        return left > TimeSpan.Zero ? left : null;
    }

    public async Task<bool> EndAsync(KechuangDbContext db, IAuditTrail audit, Guid sessionId, SessionEndReason reason, Guid? endedBy, CancellationToken cancellationToken)
    {
        var session = await db.Set<UserSession>().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        _cache.TryRemove(sessionId, out _);
        if (session is null || !session.IsActive)
        {
            return false;
        }
        session.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
        session.EndReason = reason;
        session.EndedByUserId = endedBy;
        var action = reason switch
        {
            SessionEndReason.SignedOut => AuditActions.Logout,
            SessionEndReason.IdleTimeout => AuditActions.SessionExpired,
            _ => AuditActions.SessionRevoked,
        };
        audit.Stage(new AuditRecord(action, "UserSession", sessionId.ToString(), AuditOutcome.Success,
            Detail: reason == SessionEndReason.SignedOut ? null : SessionLabels.EndReason(reason),
            UserId: reason is SessionEndReason.SignedOut or SessionEndReason.IdleTimeout ? session.UserId : null));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends every open session of an account (disabled, password reset by an administrator).</summary>
    public async Task<int> EndAllAsync(KechuangDbContext db, IAuditTrail audit, Guid userId, SessionEndReason reason, Guid? endedBy, CancellationToken cancellationToken)
    {
        var open = await db.Set<UserSession>().Where(s => s.UserId == userId && s.EndedAtUtc == null).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in open)
        {
            await EndAsync(db, audit, id, reason, endedBy, cancellationToken);
        }
        return open.Count;
    }

    private async Task<UserSession?> FindAsync(KechuangDbContext db, Guid sessionId, DateTime now, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(sessionId, out var cached) && now - cached.LoadedAtUtc < CacheLifetime)
        {
            return cached.Session;
        }
        var session = await db.Set<UserSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is not null)
        {
            _cache[sessionId] = (session, now);
        }
        return session;
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}

public static class SessionLabels
{
    public static string EndReason(SessionEndReason? reason) => reason switch
    {
        null => "在线",
        SessionEndReason.SignedOut => "已退出",
        SessionEndReason.IdleTimeout => "超时退出",
        SessionEndReason.Revoked => "被强制下线",
        SessionEndReason.AccountDisabled => "账号停用",
        SessionEndReason.PasswordChanged => "密码变更",
        _ => reason.ToString()!,
    };
}
