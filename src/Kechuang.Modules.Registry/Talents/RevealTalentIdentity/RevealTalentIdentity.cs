using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Talents.RevealTalentIdentity;

public sealed record TalentIdentityView(Guid Id, string Name, string IdentityNumber);

/// <summary>查看完整证件号: one talent's full identifier for a viewer with the permission; every reveal is an audited sensitive read.</summary>
public sealed class RevealTalentIdentity(KechuangDbContext db, PersonalData personalData, IAuditTrail audit)
{
    public static readonly Error NotFound = Error.NotFound("talent-not-found", "未找到该人才，或您无权查看。");

    public async Task<Result<TalentIdentityView>> ExecuteAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.Has(RegistryPermissions.RevealPersonalData))
        {
            return new Error(ErrorKind.Forbidden, "reveal-forbidden", "您没有查看人才完整证件号码的权限。");
        }
        var talent = await db.Talents().AsNoTracking().WhereVisibleTo(user.Scope)
            .Where(t => t.Id == id)
            .Select(t => new { t.Id, t.Name, t.IdentityCipher })
            .FirstOrDefaultAsync(cancellationToken);
        if (talent is null)
        {
            return NotFound;
        }
        var number = personalData.TryUnprotect(talent.IdentityCipher);
        await audit.RecordAsync(new AuditRecord(AuditActions.SensitiveRead, nameof(Talent), talent.Id.ToString(),
            number is null ? AuditOutcome.Failure : AuditOutcome.Success,
            Detail: number is null ? $"查看人才 {talent.Name} 的完整证件号码：密文无法解密" : $"查看人才 {talent.Name} 的完整证件号码"), cancellationToken);
        return number is null
            ? Error.Conflict("talent-identity-unreadable", "该人才的证件号码无法解密（密钥不符或数据已损坏），请联系系统管理员。")
            : new TalentIdentityView(talent.Id, talent.Name, number);
    }
}
