using System.Text.Json.Serialization;

namespace Kechuang.Modules.WorkPlans.Ingestion;

// The stable JSON form of a parsed 工作要点 (`kechuang plan parse FILE --json`). It is the contract for integrations
// and for evaluating the parser: fields may be added, none of these may be renamed.

public sealed record ParsedPlan(
    string? Title,
    string? Issuer,
    string? DocNumber,
    string? IssuedOn,
    int? PlanYear,
    IReadOnlyList<ParsedTarget> HeadlineTargets,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParseDiagnostic> Diagnostics);

/// <summary>A section (部分): <c>一、</c>, <c>第一部分</c> or <c>（一）</c> when that is the highest level.
/// A document without a section level has one section whose ordinal and title are null.</summary>
public sealed record ParsedSection(string? Ordinal, string? Title, IReadOnlyList<ParsedTask> Tasks);

/// <summary>A task; <see cref="Ordinal"/> without brackets or punctuation ("1", "一"), <see cref="Title"/> the lead
/// phrase up to the first 。, <see cref="Text"/> the whole task text.</summary>
public sealed record ParsedTask(string Ordinal, string Title, string Text, IReadOnlyList<ParsedTarget> Targets);

public sealed record ParsedTarget(
    string Text,
    string Indicator,
    TargetMeasure Measure,
    TargetComparator Comparator,
    decimal? Value,
    string? Unit,
    bool Qualitative);

/// <summary>A finding about the document. <see cref="Excerpt"/> shows where; when there is a
/// <see cref="Suggestion"/>, <see cref="Original"/> is the exact text it would replace (every occurrence).</summary>
public sealed record ParseDiagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string Excerpt,
    string? Suggestion,
    string? Original = null);

[JsonConverter(typeof(JsonStringEnumConverter<TargetMeasure>))]
public enum TargetMeasure
{
    /// <summary>达到/保持在: the value at the end of the period.</summary>
    [JsonStringEnumMemberName("level")] Level,
    /// <summary>新增/新建/引进/认定: new in the year.</summary>
    [JsonStringEnumMemberName("new")] New,
    /// <summary>净增.</summary>
    [JsonStringEnumMemberName("net_increase")] NetIncrease,
    /// <summary>增长/增速 X%.</summary>
    [JsonStringEnumMemberName("growth_rate")] GrowthRate,
    /// <summary>翻番 (×2); 双翻番 gives two targets.</summary>
    [JsonStringEnumMemberName("multiple")] Multiple,
    /// <summary>高于…N个百分点.</summary>
    [JsonStringEnumMemberName("difference")] Difference,
}

[JsonConverter(typeof(JsonStringEnumConverter<TargetComparator>))]
public enum TargetComparator
{
    /// <summary>以上/不少于/不低于/达到/力争.</summary>
    [JsonStringEnumMemberName(">=")] AtLeast,
    /// <summary>超过/突破.</summary>
    [JsonStringEnumMemberName(">")] MoreThan,
    /// <summary>以内/以下/不超过/控制在.</summary>
    [JsonStringEnumMemberName("<=")] AtMost,
    [JsonStringEnumMemberName("<")] LessThan,
    [JsonStringEnumMemberName("=")] Equal,
}

[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    [JsonStringEnumMemberName("info")] Info,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("error")] Error,
}
