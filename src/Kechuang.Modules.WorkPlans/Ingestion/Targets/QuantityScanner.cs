using Kechuang.Platform.Text;
using System.Buffers;
using System.Globalization;

namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>A number bound to a unit or %: the only thing that can carry a numeric target.</summary>
internal readonly record struct Quantity(int Start, int End, decimal Value, string Unit, bool MoreThan);

/// <summary>
/// Finds quantities in normalised text. A number counts only when a unit or % follows it at once, so years (2021年),
/// dates (3月25日), 文号 (〔2021〕24号), anniversaries (100周年), sessions (十三届), ordinals (1.) and codes (5G, 3+X)
/// never match; quoted or titled spans, 第N and 前N are excluded explicitly.
/// </summary>
internal static class QuantityScanner
{
    // Longest first, so that 个百分点 wins over 个 and 场次 over 场. 届, 号, 年, 月, 日 are deliberately absent;
    // 期 counts only after Arabic digits (举办培训班12期), never after a numeral (二期工程 is a phase).
    private static readonly string[] BaseUnits = [.. new[]
    {
        "个百分点", "百分点", "平方公里", "平方米", "人次", "场次", "家次", "户次", "台套", "批次", "美元", "元", "家", "个", "名",
        "人", "项", "场", "次", "支", "件", "所", "座", "倍", "篇", "部", "套", "台", "条", "批", "户", "亩", "公里", "吨",
        "类", "处", "种", "门", "位", "例", "株", "款", "份", "册", "只", "头", "辆", "架", "艘", "张", "块", "期",
    }.OrderByDescending(u => u.Length)];

    private const int MaxNumberLength = 24;

    private static readonly string[] Magnitudes = ["万亿", "千万", "百万", "亿", "万"];

    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("零一二两三四五六七八九十百千");

    // A digit run glued to one of these is part of a code, formula, range or decimal (5G, 6+5+6+1, 2021—2035, 1.5).
    private static readonly SearchValues<char> CodeNeighbours =
        SearchValues.Create("0123456789.,ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-/×~～—_");

    public static List<Quantity> Scan(string s, bool[] mask)
    {
        var found = new List<Quantity>();
        ScanArabic(s, mask, found);
        ScanChinese(s, mask, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void ScanArabic(string s, bool[] mask, List<Quantity> found)
    {
        Span<char> plain = stackalloc char[MaxNumberLength];
        var pos = 0;
        while (pos < s.Length)
        {
            var offset = s.AsSpan(pos).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }
            var start = pos + offset;
            var end = ReadNumber(s, start);
            pos = end;
            if (start > 0 && CodeNeighbours.Contains(s[start - 1]) || end - start > MaxNumberLength)
            {
                continue;
            }
            var digitsEnd = end;
            var moreThan = end < s.Length && s[end] is '多' or '余';
            if (moreThan)
            {
                end++;
            }
            var unitLength = UnitLength(s, end, allowPercent: true);
            if (unitLength == 0 || mask[start])
            {
                continue;
            }
            var unit = s.Substring(end, unitLength);
            end += unitLength;
            pos = end;
            if (IsExcludedContext(s, start, end, unit))
            {
                continue;
            }
            var digits = s.AsSpan(start, digitsEnd - start);
            var n = 0;
            foreach (var c in digits)
            {
                if (c != ',')
                {
                    plain[n++] = c;
                }
            }
            if (decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                found.Add(new Quantity(start, end, value, unit, moreThan));
            }
        }
    }

    /// <summary>End of the number at <paramref name="start"/>: digits, 1,200-style groups, one decimal part.</summary>
    private static int ReadNumber(string s, int start)
    {
        var i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        while (i + 3 < s.Length && s[i] == ',' && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
            && char.IsAsciiDigit(s[i + 3]) && (i + 4 >= s.Length || !char.IsAsciiDigit(s[i + 4])))
        {
            i += 4;
        }
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }
        return i;
    }

    /// <summary>Length of the unit at <paramref name="at"/> (亿元, 万人次, 家, %), or 0 when there is none.</summary>
    private static int UnitLength(string s, int at, bool allowPercent)
    {
        if (at >= s.Length)
        {
            return 0;
        }
        if (allowPercent && s[at] is '%' or '‰')
        {
            return 1;
        }
        var rest = s.AsSpan(at);
        var magnitude = 0;
        foreach (var m in Magnitudes)
        {
            if (rest.StartsWith(m, StringComparison.Ordinal))
            {
                magnitude = m.Length;
                break;
            }
        }
        rest = rest[magnitude..];
        foreach (var unit in BaseUnits)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return magnitude + unit.Length;
            }
        }
        if (magnitude > 0)
        {
            return magnitude;
        }
        return 0;
    }

    private static void ScanChinese(string s, bool[] mask, List<Quantity> found)
    {
        var pos = 0;
        while (pos < s.Length)
        {
            var offset = s.AsSpan(pos).IndexOfAny(ChineseNumerals);
            if (offset < 0)
            {
                return;
            }
            var start = pos + offset;
            var end = start + 1;
            while (end < s.Length && ChineseNumerals.Contains(s[end]))
            {
                end++;
            }
            pos = end;
            if (start > 0 && s[start - 1] == '万' || end - start > 6 || mask[start])
            {
                continue;
            }
            var unitLength = UnitLength(s, end, allowPercent: false);
            // 百分点 read as a numeral 百 plus 分点 would be wrong; the unit must follow the whole numeral run.
            if (unitLength == 0)
            {
                continue;
            }
            var unit = s.Substring(end, unitLength);
            var quantityEnd = end + unitLength;
            if (unit == "期")
            {
                continue;
            }
            if (IsExcludedContext(s, start, quantityEnd, unit))
            {
                continue;
            }
            var numeral = s.AsSpan(start, end - start);
            var value = ChineseText.ParseChineseNumber(numeral);
            // 一批/一个 are vague, and a lone 百/千 names a programme (百项行动, 千人计划); a Chinese numeral is a
            // quantity only when a commitment verb governs it (新建十个), which rules out 四个意识, 八项规定, 十二次全会.
            if (value is null or < 2 || numeral is "百" or "千" || !TargetLexicon.GovernedByCommitVerb(s.AsSpan(0, start)))
            {
                continue;
            }
            pos = quantityEnd;
            found.Add(new Quantity(start, quantityEnd, value.Value, unit, false));
        }
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
}
