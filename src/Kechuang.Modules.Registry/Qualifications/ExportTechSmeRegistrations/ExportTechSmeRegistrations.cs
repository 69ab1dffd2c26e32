using Kechuang.Modules.Registry.Qualifications.ImportTechSmeRegistrations;
using Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;
using ListRegistrations = Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations.ListTechSmeRegistrations;

namespace Kechuang.Modules.Registry.Qualifications.ExportTechSmeRegistrations;

/// <summary>The filtered 科小 list as an .xlsx in the import template's columns (re-importable), plus enterprise and district.</summary>
public sealed class ExportTechSmeRegistrations(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<QualificationExported>> ExecuteAsync(CurrentUser user, TechSmeRegistrationQuery query, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        var filtered = ListRegistrations.Filtered(db, user.Scope, query);
        var total = await filtered.Take(QualificationFiles.MaxExportRows + 1).CountAsync(cancellationToken);
        IReadOnlyList<string> headers = [.. new TechSmeRegistrationImport().Fields.Select(f => f.Header), "企业名称", "所在区县"];
        var rows = ListRegistrations.Sorted(filtered, new PageRequest()).AsEnumerable()
            .Select(j => (IReadOnlyList<object?>)
            [
                j.Record.RegistrationNumber, j.Uscc, j.Record.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                QualificationFiles.Date(j.Record.RegisteredOn), QualificationFiles.Date(j.Record.RevokedOn), j.Record.RevocationReason,
                j.EnterpriseName, QualificationFiles.RegionName(j.Record.RegionCode),
            ]);
        return await QualificationFiles.WriteAsync(output, audit, nameof(TechSmeRegistration), "科技型中小企业入库登记", headers, total, rows,
            $"年度 {query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}，区域 {query.Region ?? "全部"}",
            QualificationFiles.Today(clock), cancellationToken);
    }
}
