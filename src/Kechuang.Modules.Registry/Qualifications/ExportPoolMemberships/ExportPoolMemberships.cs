using Kechuang.Modules.Registry.Qualifications.ImportPoolMemberships;
using Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;
using ListMemberships = Kechuang.Modules.Registry.Qualifications.ListPoolMemberships.ListPoolMemberships;

namespace Kechuang.Modules.Registry.Qualifications.ExportPoolMemberships;

/// <summary>The filtered 培育库 entries as an .xlsx in the import template's columns (re-importable), plus enterprise and district.</summary>
public sealed class ExportPoolMemberships(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<QualificationExported>> ExecuteAsync(CurrentUser user, PoolMembershipQuery query, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        var today = QualificationFiles.Today(clock);
        var on = query.On ?? today;
        var filtered = ListMemberships.Filtered(db, user.Scope, query, on);
        var total = await filtered.Take(QualificationFiles.MaxExportRows + 1).CountAsync(cancellationToken);
        IReadOnlyList<string> headers = [.. new PoolMembershipImport().Fields.Select(f => f.Header), "企业名称", "所在区县"];
        var rows = ListMemberships.Sorted(filtered, new PageRequest()).AsEnumerable()
            .Select(j => (IReadOnlyList<object?>)
            [
                j.Uscc, QualificationFiles.Date(j.Record.EnteredOn), j.Record.EntryReason, QualificationFiles.Date(j.Record.LeftOn),
                j.Record.LeaveReason, j.EnterpriseName, QualificationFiles.RegionName(j.Record.RegionCode),
            ]);
        return await QualificationFiles.WriteAsync(output, audit, nameof(PoolMembership), "高企培育库", headers, total, rows,
            $"日期 {QualificationFiles.Date(on)}，区域 {query.Region ?? "全部"}", today, cancellationToken);
    }
}
