using System.Globalization;
using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.ExportEnterprises;

public sealed record EnterprisesExported(int Rows, string FileName);

/// <summary>
/// 导出企业名录: the filtered list as an .xlsx laid out as the import template (same headers, codes and labels), so
/// the file can be edited and imported back. Rows stream from the query into the workbook; at most
/// <see cref="MaxRows"/> rows. The export is an audited event.
/// </summary>
public sealed class ExportEnterprises(KechuangDbContext db, EnterpriseImport import, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxRows = 200_000;

    public async Task<Result<EnterprisesExported>> ExecuteAsync(EnterpriseFilter filter, string? sort, bool descending, DataScope scope,
        Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(output);
        var filtered = EnterpriseQueries.Filtered(db, filter, scope, EnterpriseQueries.Today(clock));
        var total = await filtered.Take(MaxRows + 1).CountAsync(cancellationToken);
        if (total > MaxRows)
        {
            return Error.Validation("enterprises.export-too-many",
                $"符合条件的企业超过单次导出上限 {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} 家，请按区县、开发区或技术领域缩小范围后分批导出。");
        }
        var rows = EnterpriseQueries.Sorted(filtered, sort, descending)
            .Select(e => new EnterpriseValues(e.Uscc, e.Name, e.RegionCode ?? "", e.ZoneCode, e.IndustryCode, e.TechField, e.FoundedOn,
                e.TaxMode, e.AboveDesignatedSize, e.Listing))
            .AsEnumerable()
            .Select(v => (IReadOnlyList<object?>)EnterpriseCells.Of(v));
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, import.Fields.Select(f => f.Header).ToList(), rows, import.Title, null,
            cancellationToken);
        var fileName = $"{import.Title}-{Platform.Text.BeijingTime.Format(clock.GetUtcNow().UtcDateTime, "yyyyMMdd-HHmmss")}.xlsx";
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(Enterprise), null, AuditOutcome.Success,
            Detail: $"导出企业基本信息 {total.ToString(CultureInfo.InvariantCulture)} 家：{filter.Describe()}"), cancellationToken);
        return new EnterprisesExported(total, fileName);
    }
}
