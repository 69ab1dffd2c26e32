namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>A numbered task of a plan (1. …): its title is the lead phrase up to the first 。.</summary>
public sealed class PlanTask
{
    private PlanTask()
    {
    }

    internal PlanTask(Guid planId, Guid sectionId, int position, string ordinal, string title, string text)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        SectionId = sectionId;
        Position = position;
        Ordinal = ordinal;
        Title = title;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid SectionId { get; private set; }
    public int Position { get; private set; }
    public string Ordinal { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void Edit(string title, string text)
    {
        Title = title.Trim();
        Text = text.Trim();
    }
}
