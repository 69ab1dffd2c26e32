namespace Kechuang.Modules.WorkPlans.Ingestion.Structure;

/// <summary>A parsed plan with the passages the JSON form does not carry: the headline-targets text (what the
/// target extractor read) and the preamble, for the import preview.</summary>
public sealed record PlanStructure(ParsedPlan Plan, string? HeadlineText, string? Preamble);
