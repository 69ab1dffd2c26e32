using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Audit.SearchAudit;

public sealed record AuditRow(
    long Sequence,
    DateTime OccurredAtUtc,
    string OccurredAtBeijing,
    string? UserName,
    string? UnitName,
    string? ClientIp,
    string Action,
    string ActionLabel,
    string TargetType,
    string? TargetId,
    AuditOutcome Outcome,
    string OutcomeLabel,
    string? Changes,
    string? Detail,
    string Hash);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize);

/// <summary>The audit trail, filtered, newest first, one page at a time.</summary>
public sealed class SearchAuditTrail(KechuangDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<Result<AuditPage>> ExecuteAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Validate() is { } invalid)
        {
            return invalid;
        }
        if (page < 1)
        {
            return Error.Validation("audit.page", "页码从 1 开始。");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("audit.page-size", $"每页条数应在 1 到 {MaxPageSize} 之间。");
        }
        var entries = filter.Apply(db.Set<AuditEntry>().AsNoTracking());
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(rows.Select(ToRow).ToList(), total, page, pageSize);
    }

    internal static AuditRow ToRow(AuditEntry e) => new(
        e.Sequence, DateTime.SpecifyKind(e.OccurredAtUtc, DateTimeKind.Utc), AuditFilter.Beijing(e.OccurredAtUtc),
        e.UserName, e.UnitName, e.ClientIp, e.Action, AuditLabels.Action(e.Action), e.TargetType, e.TargetId,
        e.Outcome, AuditLabels.Outcome(e.Outcome), e.Changes, e.Detail, e.Hash);
}
