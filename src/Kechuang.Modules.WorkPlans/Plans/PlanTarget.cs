using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>A numeric (or qualitative) commitment: a headline target when <see cref="TaskId"/> is null.</summary>
public sealed class PlanTarget
{
    private PlanTarget()
    {
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? TaskId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public string Indicator { get; private set; } = "";
    public TargetMeasure Measure { get; private set; }
    public TargetComparator Comparator { get; private set; }
    public decimal? Value { get; private set; }
    public string? Unit { get; private set; }
    public bool Qualitative { get; private set; }

    public bool IsHeadline => TaskId is null;

    internal static PlanTarget From(Guid planId, Guid? taskId, int position, ParsedTarget target) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = planId,
        TaskId = taskId,
        Position = position,
        Text = target.Text,
        Indicator = target.Indicator,
        Measure = target.Measure,
        Comparator = target.Comparator,
        Value = target.Value,
        Unit = target.Unit,
        Qualitative = target.Qualitative,
    };

    public void Edit(ParsedTarget target)
    {
        Text = target.Text.Trim();
        Indicator = target.Indicator.Trim();
        Measure = target.Measure;
        Comparator = target.Comparator;
        Value = target.Qualitative ? null : target.Value;
        Unit = string.IsNullOrWhiteSpace(target.Unit) ? null : target.Unit.Trim();
        Qualitative = target.Qualitative;
    }

    public ParsedTarget ToParsed() => new(Text, Indicator, Measure, Comparator, Value, Unit, Qualitative);
}
