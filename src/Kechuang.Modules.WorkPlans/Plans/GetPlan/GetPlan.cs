using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans.GetPlan;

public sealed record PlanDetail(
    Guid Id,
    Guid LineageId,
    int Revision,
    bool IsLatestRevision,
    string Title,
    string? Issuer,
    string? DocNumber,
    DateOnly? IssuedOn,
    string? IssuedOnText,
    int? PlanYear,
    string SourceFileName,
    DateTime ImportedAtUtc,
    int Version,
    IReadOnlyList<TargetRow> HeadlineTargets,
    IReadOnlyList<SectionDetail> Sections,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<RevisionRow> Revisions);

public sealed record SectionDetail(Guid Id, string? Ordinal, string? Title, IReadOnlyList<TaskDetail> Tasks);

public sealed record TaskDetail(Guid Id, string Ordinal, string Title, string Text, IReadOnlyList<TargetRow> Targets);

public sealed record TargetRow(
    Guid Id, string Text, string Indicator, TargetMeasure Measure, TargetComparator Comparator, decimal? Value, string? Unit, bool Qualitative);

public sealed record DiagnosticRow(DiagnosticSeverity Severity, string Code, string Message, string Excerpt, string? Suggestion, bool Accepted);

public sealed record RevisionRow(Guid Id, int Revision, string SourceFileName, DateTime ImportedAtUtc);

/// <summary>One plan with its sections, tasks, targets, diagnostics and the list of its revisions.</summary>
public sealed class GetPlan(KechuangDbContext db)
{
    public async Task<Result<PlanDetail>> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans().AsNoTracking()
            .Include(p => p.Sections).ThenInclude(s => s.Tasks)
            .Include(p => p.Targets)
            .Include(p => p.Diagnostics)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("plan-not-found", "未找到该工作要点，可能已被删除。");
        }

        var revisions = await db.Plans().AsNoTracking()
            .Where(p => p.LineageId == plan.LineageId)
            .OrderByDescending(p => p.Revision)
            .Select(p => new RevisionRow(p.Id, p.Revision, p.SourceFileName, p.ImportedAtUtc))
            .ToListAsync(cancellationToken);

        var targetsByTask = plan.Targets
            .Where(t => t.TaskId is not null)
            .OrderBy(t => t.Position)
            .ToLookup(t => t.TaskId!.Value, ToRow);

        return new PlanDetail(
            plan.Id, plan.LineageId, plan.Revision, plan.IsLatestRevision, plan.Title, plan.Issuer, plan.DocNumber,
            plan.IssuedOn, plan.IssuedOnText, plan.PlanYear, plan.SourceFileName, plan.ImportedAtUtc, plan.Version,
            plan.Targets.Where(t => t.TaskId is null).OrderBy(t => t.Position).Select(ToRow).ToList(),
            plan.Sections.OrderBy(s => s.Position).Select(s => new SectionDetail(
                s.Id, s.Ordinal, s.Title,
                s.Tasks.OrderBy(t => t.Position)
                    .Select(t => new TaskDetail(t.Id, t.Ordinal, t.Title, t.Text, targetsByTask[t.Id].ToList()))
                    .ToList()))
                .ToList(),
            plan.Diagnostics.OrderBy(d => d.Position)
                .Select(d => new DiagnosticRow(d.Severity, d.Code, d.Message, d.Excerpt, d.Suggestion, d.Accepted))
                .ToList(),
            revisions);
    }

    private static TargetRow ToRow(PlanTarget t) =>
        new(t.Id, t.Text, t.Indicator, t.Measure, t.Comparator, t.Value, t.Unit, t.Qualitative);
}
