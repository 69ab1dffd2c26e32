using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.CreateHighTechCertificate;

public sealed record CreatedCertificate(Guid Id, string CertificateNumber, DateOnly IssuedOn, DateOnly ValidUntil);

/// <summary>The new certificate, or what is wrong: field errors by the template's headers, or another error.</summary>
public sealed record CreateCertificateOutcome(CreatedCertificate? Created, IReadOnlyList<FieldError> FieldErrors, Error? Error = null)
{
    public bool IsSuccess => Created is not null;
}

/// <summary>
/// 录入一张高新技术企业证书 from a form keyed by the import template's headers, checked exactly as an import row is; the
/// enterprise must be one the user can see. Written through EF, so the creation is audited.
/// </summary>
public sealed class CreateHighTechCertificate(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CreateCertificateOutcome> ExecuteAsync(CurrentUser user, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var import = new HighTechCertificateImport();
        var row = RowFields.FromValues(import.Fields, values);
        var parsed = import.Parse(row);
        if (parsed is null || !row.IsValid)
        {
            return new CreateCertificateOutcome(null, row.Errors);
        }
        var enterprise = await db.Enterprises().AsNoTracking().WhereVisibleTo(user.Scope)
            .Where(e => e.Uscc == parsed.Uscc).Select(e => new { e.Id, e.RegionCode }).SingleOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            row.Fail(HighTechCertificateImport.UsccField, $"您的数据范围内没有统一社会信用代码为 {parsed.Uscc} 的企业，请先登记该企业。");
            return new CreateCertificateOutcome(null, row.Errors);
        }
        if (await db.HighTechCertificates().AnyAsync(c => c.CertificateNumber == parsed.CertificateNumber, cancellationToken))
        {
            row.Fail(HighTechCertificateImport.NumberField, $"证书编号 {parsed.CertificateNumber} 已登记，不能重复录入。");
            return new CreateCertificateOutcome(null, row.Errors);
        }
        var owners = await RegionOwners.LoadAsync(db, cancellationToken);
        var certificate = HighTechCertificate.Create(enterprise.Id, enterprise.RegionCode, owners.For(enterprise.RegionCode), parsed,
            RecordStamp.New(user.UserId, null, clock.GetUtcNow().UtcDateTime));
        db.HighTechCertificates().Add(certificate);
        await db.SaveChangesAsync(cancellationToken);
        return new CreateCertificateOutcome(
            new CreatedCertificate(certificate.Id, certificate.CertificateNumber, certificate.IssuedOn, certificate.ValidUntil), []);
    }
}
