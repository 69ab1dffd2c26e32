using System.Globalization;
using Kechuang.Modules.Registry.Qualifications.ImportGrowthRecognitions;
using Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;
using ListRecognitions = Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions.ListGrowthRecognitions;

namespace Kechuang.Modules.Registry.Qualifications.ExportGrowthRecognitions;

/// <summary>The filtered recognitions as an .xlsx in the import template's columns (re-importable), plus enterprise and district.</summary>
public sealed class ExportGrowthRecognitions(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<QualificationExported>> ExecuteAsync(CurrentUser user, GrowthRecognitionQuery query, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        var filtered = ListRecognitions.Filtered(db, user.Scope, query);
        var total = await filtered.Take(QualificationFiles.MaxExportRows + 1).CountAsync(cancellationToken);
        IReadOnlyList<string> headers = [.. new GrowthRecognitionImport().Fields.Select(f => f.Header), "企业名称", "所在区县"];
        var rows = ListRecognitions.Sorted(filtered, new PageRequest()).AsEnumerable()
            .Select(j => (IReadOnlyList<object?>)
            [
                j.Uscc, RegistryLabels.Label(RegistryLabels.GrowthKinds, j.Record.Kind), j.Record.Year.ToString(CultureInfo.InvariantCulture),
                RegistryLabels.Label(RegistryLabels.Levels, j.Record.Level), j.EnterpriseName, QualificationFiles.RegionName(j.Record.RegionCode),
            ]);
        return await QualificationFiles.WriteAsync(output, audit, nameof(GrowthRecognition), "瞪羚独角兽企业认定", headers, total, rows,
            $"年度 {query.Year?.ToString(CultureInfo.InvariantCulture) ?? "全部"}，区域 {query.Region ?? "全部"}",
            QualificationFiles.Today(clock), cancellationToken);
    }
}
