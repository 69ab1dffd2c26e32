using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>A mutable copy of a parsed plan that the import preview edits field by field.</summary>
public sealed class PlanDraft
{
    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public string? DocNumber { get; set; }
    public string? IssuedOn { get; set; }
    public int? PlanYear { get; set; }
    public List<TargetDraft> HeadlineTargets { get; set; } = [];
    public List<SectionDraft> Sections { get; set; } = [];
    public List<ParseDiagnostic> Diagnostics { get; set; } = [];

    public int TaskCount => Sections.Sum(s => s.Tasks.Count);
    public int TargetCount => HeadlineTargets.Count + Sections.Sum(s => s.Tasks.Sum(t => t.Targets.Count));

    public static PlanDraft From(ParsedPlan plan) => new()
    {
        Title = plan.Title,
        Issuer = plan.Issuer,
        DocNumber = plan.DocNumber,
        IssuedOn = plan.IssuedOn,
        PlanYear = plan.PlanYear,
        HeadlineTargets = plan.HeadlineTargets.Select(TargetDraft.From).ToList(),
        Sections = plan.Sections.Select(s => new SectionDraft
        {
            Ordinal = s.Ordinal,
            Title = s.Title,
            Tasks = s.Tasks.Select(t => new TaskDraft
            {
                Ordinal = t.Ordinal,
                Title = t.Title,
                Text = t.Text,
                Targets = t.Targets.Select(TargetDraft.From).ToList(),
            }).ToList(),
        }).ToList(),
        Diagnostics = plan.Diagnostics.ToList(),
    };

    public ParsedPlan ToParsed() => new(
        Title, Issuer, DocNumber, string.IsNullOrWhiteSpace(IssuedOn) ? null : IssuedOn.Trim(), PlanYear,
        HeadlineTargets.Select(t => t.ToParsed()).ToList(),
        Sections.Select(s => new ParsedSection(
            string.IsNullOrWhiteSpace(s.Ordinal) ? null : s.Ordinal.Trim(),
            string.IsNullOrWhiteSpace(s.Title) ? null : s.Title.Trim(),
            s.Tasks.Select(t => new ParsedTask(t.Ordinal.Trim(), t.Title.Trim(), t.Text, t.Targets.Select(x => x.ToParsed()).ToList())).ToList()))
            .ToList(),
        Diagnostics);
}

public sealed class SectionDraft
{
    public string? Ordinal { get; set; }
    public string? Title { get; set; }
    public List<TaskDraft> Tasks { get; set; } = [];
}

public sealed class TaskDraft
{
    public string Ordinal { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public List<TargetDraft> Targets { get; set; } = [];
}

public sealed class TargetDraft
{
    public string Text { get; set; } = "";
    public string Indicator { get; set; } = "";
    public TargetMeasure Measure { get; set; }
    public TargetComparator Comparator { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public bool Qualitative { get; set; }

    public static TargetDraft From(ParsedTarget t) => new()
    {
        Text = t.Text,
        Indicator = t.Indicator,
        Measure = t.Measure,
        Comparator = t.Comparator,
        Value = t.Value,
        Unit = t.Unit,
        Qualitative = t.Qualitative,
    };

    public ParsedTarget ToParsed() => new(Text.Trim(), Indicator.Trim(), Measure, Comparator, Qualitative ? null : Value,
        string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(), Qualitative);
}
