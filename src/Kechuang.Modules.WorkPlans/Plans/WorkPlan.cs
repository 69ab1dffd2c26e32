using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>An imported 工作要点. Revisions of the same plan share a <see cref="LineageId"/>; the old ones are kept.</summary>
public sealed class WorkPlan
{
    private WorkPlan()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Shared by every revision of one plan.</summary>
    public Guid LineageId { get; private set; }

    /// <summary>1 for the first import, +1 for each revised document.</summary>
    public int Revision { get; private set; }

    public bool IsLatestRevision { get; private set; }

    public string Title { get; private set; } = "";
    public string? Issuer { get; private set; }
    public string? DocNumber { get; private set; }
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The issue date as the document writes it, kept when it is not a valid date (OCR damage).</summary>
    public string? IssuedOnText { get; private set; }

    public int? PlanYear { get; private set; }

    /// <summary>SHA-256 of the uploaded file; the same file imported twice is recognised by it.</summary>
    public string ContentHash { get; private set; } = "";

    public string SourceFileName { get; private set; } = "";
    public long SourceSize { get; private set; }
    public DateTime ImportedAtUtc { get; private set; }

    /// <summary>Application-managed optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public List<PlanSection> Sections { get; private set; } = [];
    public List<PlanTarget> Targets { get; private set; } = [];
    public List<PlanDiagnostic> Diagnostics { get; private set; } = [];

    public IEnumerable<PlanTask> Tasks => Sections.SelectMany(s => s.Tasks);

    public static WorkPlan Create(
        ParsedPlan parsed, PlanSource source, WorkPlan? previousRevision, IReadOnlySet<int> acceptedDiagnostics, DateTime nowUtc)
    {
        var plan = new WorkPlan
        {
            Id = Guid.CreateVersion7(),
            LineageId = previousRevision?.LineageId ?? Guid.CreateVersion7(),
            Revision = (previousRevision?.Revision ?? 0) + 1,
            IsLatestRevision = true,
            ContentHash = source.ContentHash,
            SourceFileName = source.FileName,
            SourceSize = source.Size,
            ImportedAtUtc = nowUtc,
            Version = 1,
        };
        previousRevision?.SupersededBy();
        plan.SetMetadata(parsed.Title, parsed.Issuer, parsed.DocNumber, parsed.IssuedOn, parsed.PlanYear);

        var position = 0;
        foreach (var target in parsed.HeadlineTargets)
        {
            plan.Targets.Add(PlanTarget.From(plan.Id, null, position++, target));
        }
        var sectionPosition = 0;
        foreach (var parsedSection in parsed.Sections)
        {
            var section = new PlanSection(plan.Id, sectionPosition++, parsedSection.Ordinal, parsedSection.Title);
            var taskPosition = 0;
            foreach (var parsedTask in parsedSection.Tasks)
            {
                var task = new PlanTask(plan.Id, section.Id, taskPosition++, parsedTask.Ordinal, parsedTask.Title, parsedTask.Text);
                section.Tasks.Add(task);
                foreach (var target in parsedTask.Targets)
                {
                    plan.Targets.Add(PlanTarget.From(plan.Id, task.Id, position++, target));
                }
            }
            plan.Sections.Add(section);
        }
        for (var i = 0; i < parsed.Diagnostics.Count; i++)
        {
            plan.Diagnostics.Add(new PlanDiagnostic(plan.Id, i, parsed.Diagnostics[i], acceptedDiagnostics.Contains(i)));
        }
        return plan;
    }

    public void SetMetadata(string? title, string? issuer, string? docNumber, string? issuedOn, int? planYear)
    {
        Title = string.IsNullOrWhiteSpace(title) ? "（未命名工作要点）" : title.Trim();
        Issuer = Clean(issuer);
        DocNumber = Clean(docNumber);
        IssuedOnText = Clean(issuedOn);
        IssuedOn = DateOnly.TryParseExact(IssuedOnText, "yyyy-MM-dd", out var date) ? date : null;
        PlanYear = planYear;
    }

    public void Touch() => Version++;

    private void SupersededBy() => IsLatestRevision = false;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Where an imported plan came from.</summary>
public sealed record PlanSource(string FileName, long Size, string ContentHash);
