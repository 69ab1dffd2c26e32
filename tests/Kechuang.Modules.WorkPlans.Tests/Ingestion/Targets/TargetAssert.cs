using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Targets;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Targets;

/// <summary>An expected numeric target: indicator, measure, comparator, value and unit.</summary>
internal sealed record Expected(string Indicator, TargetMeasure Measure, TargetComparator Comparator, decimal? Value, string? Unit);

internal static class TargetAssert
{
    public const TargetMeasure Level = TargetMeasure.Level;
    public const TargetMeasure New = TargetMeasure.New;
    public const TargetMeasure Net = TargetMeasure.NetIncrease;
    public const TargetMeasure Growth = TargetMeasure.GrowthRate;
    public const TargetMeasure Multiple = TargetMeasure.Multiple;
    public const TargetMeasure Difference = TargetMeasure.Difference;
    public const TargetComparator Ge = TargetComparator.AtLeast;
    public const TargetComparator Gt = TargetComparator.MoreThan;
    public const TargetComparator Le = TargetComparator.AtMost;
    public const TargetComparator Lt = TargetComparator.LessThan;
    public const TargetComparator Eq = TargetComparator.Equal;

    public static Expected T(string indicator, TargetMeasure measure, TargetComparator comparator, decimal? value, string? unit) =>
        new(indicator, measure, comparator, value, unit);

    public static IReadOnlyList<ParsedTarget> Numeric(string text) =>
        [.. TargetExtractor.Extract(text).Where(t => !t.Qualitative)];

    /// <summary>The numeric targets of <paramref name="text"/> are exactly <paramref name="expected"/>, in order.</summary>
    public static void Exactly(string text, params Expected[] expected)
    {
        var actual = Numeric(text).Select(t => new Expected(t.Indicator, t.Measure, t.Comparator, t.Value, t.Unit)).ToList();
        Assert.Equal(expected.Length == 0 ? "(none)" : Describe(expected), actual.Count == 0 ? "(none)" : Describe(actual));
        for (var i = 0; i < expected.Length; i++)
        {
            // decimal equality ignores scale; the value as written (2.20) is checked separately where it matters.
            Assert.Equal(expected[i], actual[i]);
        }
    }

    private static string Describe(IEnumerable<Expected> targets) =>
        string.Join("\n", targets.Select(t => $"{t.Indicator} | {t.Measure} {t.Comparator} {t.Value} {t.Unit}"));
}
