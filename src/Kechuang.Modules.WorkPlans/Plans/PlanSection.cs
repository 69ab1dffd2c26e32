namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>A 部分 of a plan (一、…); a plan without a section level has one section with no ordinal or title.</summary>
public sealed class PlanSection
{
    private PlanSection()
    {
    }

    internal PlanSection(Guid planId, int position, string? ordinal, string? title)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        Position = position;
        Ordinal = ordinal;
        Title = title;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public int Position { get; private set; }
    public string? Ordinal { get; private set; }
    public string? Title { get; private set; }
    public List<PlanTask> Tasks { get; private set; } = [];
}
