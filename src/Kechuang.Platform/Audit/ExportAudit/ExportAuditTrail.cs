using System.Globalization;
using Kechuang.Platform.Audit.SearchAudit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Kechuang.Platform.Audit.ExportAudit;

public sealed record AuditExported(int Rows, string FileName);

/// <summary>
/// The filtered trail as an .xlsx, newest first, written row by row as the query streams (at most 100 000 rows).
/// The export is itself an audited event.
/// </summary>
public sealed class ExportAuditTrail(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxRows = 100_000;

    public static readonly IReadOnlyList<string> Headers =
        ["序号", "时间（北京时间）", "用户", "单位", "IP", "操作", "对象类型", "对象标识", "结果", "变更内容", "说明", "哈希"];

    public async Task<Result<AuditExported>> ExecuteAsync(AuditFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(output);
        if (filter.Validate() is { } invalid)
        {
            return invalid;
        }
        var entries = filter.Apply(db.Set<AuditEntry>().AsNoTracking());
        var total = await entries.CountAsync(cancellationToken);
        if (total > MaxRows)
        {
            return Error.Validation("audit.export-too-many",
                $"符合条件的记录有 {total.ToString(CultureInfo.InvariantCulture)} 条，超过单次导出上限 {MaxRows.ToString(CultureInfo.InvariantCulture)} 条，请缩小日期范围或增加筛选条件。");
        }
        var rows = entries.OrderByDescending(e => e.Sequence).Take(MaxRows).AsEnumerable().Select(ToRow);
        await output.SaveAsAsync(rows, sheetName: "审计日志", cancellationToken: cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fileName = $"审计日志-{Text.BeijingTime.Format(now, "yyyyMMdd-HHmmss")}.xlsx";
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(AuditEntry), null, AuditOutcome.Success,
            Detail: $"导出审计日志 {total.ToString(CultureInfo.InvariantCulture)} 条：{Describe(filter)}"), cancellationToken);
        return new AuditExported(total, fileName);
    }

    private static Dictionary<string, object?> ToRow(AuditEntry e) => new(StringComparer.Ordinal)
    {
        [Headers[0]] = e.Sequence,
        [Headers[1]] = AuditFilter.Beijing(e.OccurredAtUtc),
        [Headers[2]] = e.UserName,
        [Headers[3]] = e.UnitName,
        [Headers[4]] = e.ClientIp,
        [Headers[5]] = AuditLabels.Action(e.Action),
        [Headers[6]] = e.TargetType,
        [Headers[7]] = e.TargetId,
        [Headers[8]] = AuditLabels.Outcome(e.Outcome),
        [Headers[9]] = e.Changes,
        [Headers[10]] = e.Detail,
        [Headers[11]] = e.Hash,
    };

    private static string Describe(AuditFilter f)
    {
        var parts = new List<string>();
        void Add(string label, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{label}={Convert.ToString(value, CultureInfo.InvariantCulture)}");
            }
        }
        Add("用户", f.User);
        Add("操作", f.Action);
        Add("对象类型", f.TargetType);
        Add("对象标识", f.TargetId);
        Add("结果", f.Outcome is { } o ? AuditLabels.Outcome(o) : null);
        Add("开始日期", f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("结束日期", f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.LoginsOnly)
        {
            parts.Add("仅登录日志");
        }
        return parts.Count == 0 ? "全部" : string.Join("，", parts);
    }
}
