using System.Globalization;
using System.Text.RegularExpressions;

namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>A number bound to a unit or %: the only thing that can carry a numeric target.</summary>
internal readonly record struct Quantity(int Start, int End, decimal Value, string Unit, bool MoreThan);

/// <summary>
/// Finds quantities in normalised text. A number counts only when a unit or % follows it at once, so years (2021年),
/// dates (3月25日), 文号 (〔2021〕24号), anniversaries (100周年), sessions (十三届), ordinals (1.) and codes (5G, 3+X)
/// never match; quoted or titled spans, 第N and 前N are excluded explicitly.
/// </summary>
internal static partial class QuantityScanner
{
    private const string BaseUnits =
        "个百分点|百分点|平方公里|平方米|人次|场次|家次|户次|台套|批次|美元|元|家|个|名|人|项|场|次|支|件|所|座|倍|篇|部|套|台|条|批|户|亩|公里|吨|类|处|种|门|位|例|株|款|份|册|只|头|辆|架|艘|张|块";

    private const string Magnitudes = "万亿|亿|千万|百万|万";

    [GeneratedRegex(
        @"(?<![\d.,A-Za-z+\-/×~～—_])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,18}(?:\.\d{1,8})?)(?<approx>多|余)?(?<unit>(?:"
        + Magnitudes + ")(?:" + BaseUnits + ")?|(?:" + BaseUnits + ")|%|‰)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ArabicQuantity();

    // 万 is left out of the numeral so that 两万家 reads like 2万家 (value 2, unit 万家), as Arabic amounts do.
    [GeneratedRegex(
        @"(?<![零一二两三四五六七八九十百千万])(?<num>[零一二两三四五六七八九十百千]{1,6})(?<unit>(?:"
        + Magnitudes + ")(?:" + BaseUnits + ")?|(?:" + BaseUnits + "))",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChineseQuantity();

    public static List<Quantity> Scan(string s, bool[] mask)
    {
        var found = new List<Quantity>();
        foreach (Match m in ArabicQuantity().Matches(s))
        {
            if (mask[m.Index] || IsExcludedContext(s, m.Index, m.Index + m.Length, m.Groups["unit"].Value))
            {
                continue;
            }
            var digits = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }
            found.Add(new Quantity(m.Index, m.Index + m.Length, value, m.Groups["unit"].Value, m.Groups["approx"].Success));
        }
        foreach (Match m in ChineseQuantity().Matches(s))
        {
            if (mask[m.Index] || IsExcludedContext(s, m.Index, m.Index + m.Length, m.Groups["unit"].Value))
            {
                continue;
            }
            var value = ParseChineseCount(m.Groups["num"].ValueSpan);
            // 一批/一个 are vague, and a lone 百/千 names a programme (百项行动, 千人计划); a Chinese numeral is a
            // quantity only when a commitment verb governs it (新建十个), which rules out 四个意识, 八项规定, 十二次全会.
            if (value is null or < 2 || m.Groups["num"].Value is "百" or "千" || !TargetLexicon.EndsWithCommitVerb(s.AsSpan(0, m.Index)))
            {
                continue;
            }
            found.Add(new Quantity(m.Index, m.Index + m.Length, value.Value, m.Groups["unit"].Value, false));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool IsExcludedContext(string s, int start, int end, string unit)
    {
        if (start > 0 && s[start - 1] is '第' or '前' or '后' or '每')
        {
            return true;
        }
        var next = end < s.Length ? s[end] : '\0';
        if (unit == "个" && (next == '月' || s.AsSpan(end).StartsWith("工作日") || s.AsSpan(end).StartsWith("小时")))
        {
            return true;
        }
        // A unit glued to a following digit or letter is part of a code, not a quantity.
        return char.IsAsciiLetterOrDigit(next) && unit != "%";
    }

    /// <summary>Value of a Chinese count numeral (十 = 10, 三百 = 300, 两千五百 = 2500), or null when malformed.</summary>
    public static decimal? ParseChineseCount(ReadOnlySpan<char> text)
    {
        long total = 0;
        long current = 0;
        var lastWasDigit = false;
        foreach (var c in text)
        {
            long digit = c switch
            {
                '零' => 0,
                '一' => 1,
                '二' or '两' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => -1,
            };
            if (digit >= 0)
            {
                if (lastWasDigit && c != '零' && current != 0)
                {
                    return null;
                }
                current = digit;
                lastWasDigit = true;
                continue;
            }
            long multiplier = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (multiplier == 0)
            {
                return null;
            }
            total += (current == 0 ? 1 : current) * multiplier;
            current = 0;
            lastWasDigit = false;
        }
        return total + current;
    }
}
