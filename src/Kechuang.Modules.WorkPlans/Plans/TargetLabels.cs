using System.Globalization;
using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>Chinese labels for target fields, shared by pages and exports.</summary>
public static class TargetLabels
{
    public static string Of(TargetMeasure measure) => measure switch
    {
        TargetMeasure.Level => "达到水平",
        TargetMeasure.New => "年内新增",
        TargetMeasure.NetIncrease => "净增",
        TargetMeasure.GrowthRate => "增速",
        TargetMeasure.Multiple => "倍数（翻番）",
        TargetMeasure.Difference => "差值（百分点）",
        _ => measure.ToString(),
    };

    public static string Of(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "≥ 不低于",
        TargetComparator.MoreThan => "> 超过",
        TargetComparator.AtMost => "≤ 不超过",
        TargetComparator.LessThan => "< 低于",
        TargetComparator.Equal => "= 等于",
        _ => comparator.ToString(),
    };

    public static string Symbol(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.MoreThan => ">",
        TargetComparator.AtMost => "≤",
        TargetComparator.LessThan => "<",
        _ => "=",
    };

    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "错误",
        DiagnosticSeverity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>"≥ 2000 家", or "定性" for a qualitative target.</summary>
    public static string Value(TargetComparator comparator, decimal? value, string? unit, bool qualitative) =>
        qualitative || value is null
            ? "定性"
            : $"{Symbol(comparator)} {value.Value.ToString("0.####", CultureInfo.InvariantCulture)}{(unit is "%" ? "" : " ")}{unit}".TrimEnd();
}
