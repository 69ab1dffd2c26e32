namespace Kechuang.Modules.WorkPlans.Ingestion.Structure;

/// <summary>Finds the notice wrapper, metadata, headline targets, sections and tasks in repaired paragraphs.</summary>
public static class PlanStructureParser
{
    public static ParsedPlan Parse(IReadOnlyList<string> paragraphs)
    {
        // Placeholder until the structure parser lands.
        var tasks = paragraphs.Select((p, i) => new ParsedTask((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p, p, [])).ToList();
        return new ParsedPlan(null, null, null, null, null, [], [new ParsedSection(null, null, tasks)], []);
    }
}
