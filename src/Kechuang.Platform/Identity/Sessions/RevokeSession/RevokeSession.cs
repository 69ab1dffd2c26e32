using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Sessions.RevokeSession;

/// <summary>强制下线: the security administrator ends another session; its next request is sent to the login page.</summary>
public sealed class RevokeSession(KechuangDbContext db, IAuditTrail audit, SessionGuard sessions)
{
    public async Task<Result<bool>> ExecuteAsync(Guid sessionId, Guid actingUserId, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(db, audit, sessionId, SessionEndReason.Revoked, actingUserId, cancellationToken))
        {
            return Error.NotFound("session-not-found", "未找到该会话，可能已经下线。");
        }
        return true;
    }
}
