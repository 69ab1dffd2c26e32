using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.RevokeHighTechCertificate;

/// <summary>The day the certificate stops being valid, why, and the version the user saw.</summary>
public sealed record RevokeCertificateRequest(string? RevokedOn, string? Reason, int Version);

public sealed record RevokedCertificate(Guid Id, string CertificateNumber, DateOnly RevokedOn, string Reason, int Version);

/// <summary>
/// 撤销高新技术企业资格: records the revocation day and reason on one certificate, checked by the import's own rules
/// (a date not before the issue date, a reason), through EF so the change is audited with its before/after values.
/// </summary>
public sealed class RevokeHighTechCertificate(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Result<RevokedCertificate>> ExecuteAsync(CurrentUser user, Guid id, RevokeCertificateRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var certificate = await db.HighTechCertificates().WhereVisibleTo(user.Scope).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certificate is null)
        {
            return Error.NotFound("registry.certificate-not-found", "未找到该高新技术企业证书，或它不在您的数据范围内。");
        }
        if (certificate.Version != request.Version)
        {
            return Error.Conflict("registry.stale", "该证书已被他人修改，请刷新后重试。");
        }
        var uscc = await db.Enterprises().Where(e => e.Id == certificate.EnterpriseId).Select(e => e.Uscc).SingleAsync(cancellationToken);
        var import = new HighTechCertificateImport();
        var row = RowFields.FromValues(import.Fields, new Dictionary<string, string?>
        {
            [import.Fields[HighTechCertificateImport.NumberField].Header] = certificate.CertificateNumber,
            [import.Fields[HighTechCertificateImport.UsccField].Header] = uscc,
            [import.Fields[HighTechCertificateImport.IssuedField].Header] = QualificationFiles.Date(certificate.IssuedOn),
            [import.Fields[HighTechCertificateImport.RevokedField].Header] = request.RevokedOn,
            [import.Fields[HighTechCertificateImport.ReasonField].Header] = request.Reason,
        });
        var values = import.Parse(row);
        if (string.IsNullOrWhiteSpace(request.RevokedOn))
        {
            row.Fail(HighTechCertificateImport.RevokedField, "必填，不能为空。");
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            row.Fail(HighTechCertificateImport.ReasonField, "必填，不能为空。");
        }
        if (!row.IsValid || values?.RevokedOn is not { } revokedOn || values.RevocationReason is not { } reason)
        {
            return Error.Validation("registry.revoke-invalid", string.Join("；", row.Errors));
        }
        if (certificate.Revoke(revokedOn, reason, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return new RevokedCertificate(certificate.Id, certificate.CertificateNumber, revokedOn, reason, certificate.Version);
    }
}
