using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;

namespace Kechuang.Platform.Identity.Users.RevealPersonalData;

public sealed record PersonalDataView(string? IdCardNumber, string? MobilePhone);

/// <summary>The full ID card and mobile numbers of one account, for a viewer allowed to see them; every reveal is audited.</summary>
public sealed class RevealPersonalData(KechuangDbContext db, PersonalData personalData, IAuditTrail audit)
{
    public async Task<Result<PersonalDataView>> ExecuteAsync(CurrentUser actor, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Access.PlatformPermissions.UsersViewSensitive))
        {
            return new Error(ErrorKind.Forbidden, "sensitive-forbidden", "您没有查看完整身份证号和手机号的权限。");
        }
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.SensitiveRead, "User", user.Id.ToString(), AuditOutcome.Success,
            Detail: $"查看 {user.UserName} 的完整身份证号和手机号"), cancellationToken);
        return new PersonalDataView(personalData.TryUnprotect(user.IdCardNumber), personalData.TryUnprotect(user.MobilePhone));
    }
}
