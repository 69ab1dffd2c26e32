using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Account.ChangeMyPassword;

public sealed record PasswordChanged(int OtherSessionsEnded);

/// <summary>
/// The account page's password change: <see cref="ChangePassword"/>, then every other open session of the account
/// ends, so whoever knew the old password is signed out everywhere but here.
/// </summary>
public sealed class ChangeMyPassword(ChangePassword changePassword, KechuangDbContext db, IAuditTrail audit, SessionGuard sessions)
{
    public async Task<Result<PasswordChanged>> ExecuteAsync(Guid userId, Guid? currentSessionId, ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var changed = await changePassword.ExecuteAsync(userId, command, cancellationToken);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }
        var others = await db.Set<UserSession>().AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAtUtc == null && s.Id != currentSessionId)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var ended = 0;
        foreach (var id in others)
        {
            if (await sessions.EndAsync(db, audit, id, SessionEndReason.PasswordChanged, userId, cancellationToken))
            {
                ended++;
            }
        }
        return new PasswordChanged(ended);
    }
}
