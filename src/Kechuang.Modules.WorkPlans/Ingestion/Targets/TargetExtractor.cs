namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>Finds every numeric (and qualitative) commitment in a passage of plan text.</summary>
public static class TargetExtractor
{
    public static IReadOnlyList<ParsedTarget> Extract(string text)
    {
        // Placeholder until target extraction lands.
        _ = text;
        return [];
    }
}
