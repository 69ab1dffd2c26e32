using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans.ListPlans;

public sealed record PlanListRow(
    Guid Id,
    string Title,
    int? PlanYear,
    string? Issuer,
    string? DocNumber,
    int Revision,
    bool IsLatestRevision,
    int SectionCount,
    int TaskCount,
    int HeadlineTargetCount,
    int TargetCount,
    int WarningCount,
    DateTime ImportedAtUtc);

public sealed record ListPlansQuery(int? Year = null, bool IncludeOlderRevisions = false);

/// <summary>The plans list: year, issuer and counts, newest year first.</summary>
public sealed class ListPlans(KechuangDbContext db)
{
    public async Task<IReadOnlyList<PlanListRow>> ExecuteAsync(ListPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = db.Plans().AsNoTracking();
        if (!query.IncludeOlderRevisions)
        {
            plans = plans.Where(p => p.IsLatestRevision);
        }
        if (query.Year is { } year)
        {
            plans = plans.Where(p => p.PlanYear == year);
        }
        var rows = await plans
            .Select(p => new PlanListRow(
                p.Id, p.Title, p.PlanYear, p.Issuer, p.DocNumber, p.Revision, p.IsLatestRevision,
                p.Sections.Count,
                db.PlanTasks().Count(t => t.PlanId == p.Id),
                p.Targets.Count(t => t.TaskId == null && !t.Qualitative),
                p.Targets.Count(t => !t.Qualitative),
                p.Diagnostics.Count(d => d.Severity != Ingestion.DiagnosticSeverity.Info && !d.Accepted),
                p.ImportedAtUtc))
            .ToListAsync(cancellationToken);
        // Sorted in memory: the list is one row per plan revision (tens, not thousands), and SQLite cannot
        // order by a DateTime stored as text the same way PostgreSQL does.
        return rows
            .OrderByDescending(r => r.PlanYear ?? 0)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenByDescending(r => r.Revision)
            .ToList();
    }
}
