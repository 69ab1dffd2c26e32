using Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;
using Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;
using ListCertificates = Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates.ListHighTechCertificates;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ExportHighTechCertificates;

/// <summary>
/// The filtered certificate list as an .xlsx in the import template's columns and formats (so it re-imports
/// unchanged), followed by read-only columns the import ignores: enterprise, district, last valid day, status.
/// </summary>
public sealed class ExportHighTechCertificates(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<QualificationExported>> ExecuteAsync(CurrentUser user, HighTechCertificateQuery query, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        var today = QualificationFiles.Today(clock);
        var on = query.On ?? today;
        var filtered = ListCertificates.Filtered(db, user.Scope, query, on);
        var total = await filtered.Take(QualificationFiles.MaxExportRows + 1).CountAsync(cancellationToken);
        var fields = new HighTechCertificateImport().Fields;
        IReadOnlyList<string> headers =
            [.. fields.Select(f => f.Header), "企业名称", "所在区县", "有效期至", $"状态（{QualificationFiles.Date(on)}）"];
        var rows = ListCertificates.Sorted(filtered, new PageRequest())
            .AsEnumerable()
            .Select(j => (IReadOnlyList<object?>)
            [
                j.Certificate.CertificateNumber, j.Uscc, QualificationFiles.Date(j.Certificate.IssuedOn),
                QualificationFiles.Date(j.Certificate.RevokedOn), j.Certificate.RevocationReason, j.EnterpriseName,
                QualificationFiles.RegionName(j.Certificate.RegionCode), QualificationFiles.Date(j.Certificate.ValidUntil.AddDays(-1)),
                ListCertificates.StatusLabels[ListCertificates.StatusOn(j.Certificate, on)],
            ]);
        return await QualificationFiles.WriteAsync(output, audit, nameof(HighTechCertificate), "高新技术企业证书", headers, total, rows,
            $"状态日期 {QualificationFiles.Date(on)}，区域 {query.Region ?? "全部"}", today, cancellationToken);
    }
}
