namespace Kechuang.Modules.WorkPlans.Ingestion.Layout;

/// <summary>Turns physical lines into logical paragraphs: rejoins wrapped lines, drops page numbers and repeated
/// headers, normalises full-width digits and punctuation.</summary>
public static class LayoutRepair
{
    public static IReadOnlyList<string> Repair(Reading.PlanDocument document)
    {
        // Placeholder until layout repair lands.
        return document.Lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }
}
