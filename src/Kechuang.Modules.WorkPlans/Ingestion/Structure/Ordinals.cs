using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Structure;

/// <summary>The numbering styles of Chinese official documents, in their conventional rank (GB/T 9704 uses
/// 一、 → （一） → 1. → （1）); the real hierarchy of a document is decided from the order styles appear in.</summary>
internal enum OrdinalStyle
{
    Part,
    HanComma,
    HanParen,
    DigitDot,
    DigitParen,
    Circled,
}

/// <summary>A numbering mark at the start of a line: its style, value, the ordinal as written without brackets
/// or punctuation, and how many characters the mark (with its punctuation and spaces) takes.</summary>
internal readonly record struct OrdinalMark(OrdinalStyle Style, int Value, string Ordinal, int Length);

internal static partial class Ordinals
{
    public const int StyleCount = 6;

    public static OrdinalMark? Match(string line)
    {
        if (line.Length < 2)
        {
            return null;
        }
        var first = line[0];
        if (first == '第')
        {
            return FromHan(PartRegex().Match(line), OrdinalStyle.Part);
        }
        if (first is '（' or '(')
        {
            var han = FromHan(HanParenRegex().Match(line), OrdinalStyle.HanParen);
            return han ?? FromDigits(DigitParenRegex().Match(line), OrdinalStyle.DigitParen);
        }
        if (char.IsAsciiDigit(first))
        {
            return FromDigits(DigitDotRegex().Match(line), OrdinalStyle.DigitDot);
        }
        if (first is >= '①' and <= '⑳')
        {
            var value = first - '①' + 1;
            var length = 1;
            while (length < line.Length && line[length] == ' ')
            {
                length++;
            }
            return length < line.Length
                ? new OrdinalMark(OrdinalStyle.Circled, value, value.ToString(CultureInfo.InvariantCulture), length)
                : null;
        }
        if (ChineseText.ParseChineseNumber(line.AsSpan(0, 1)) is not null)
        {
            return FromHan(HanCommaRegex().Match(line), OrdinalStyle.HanComma);
        }
        return null;
    }

    /// <summary>
    /// Marks that form plausible sequences per style: each value follows the previous one, restarts at 1, or skips
    /// at most two numbers when the next mark confirms the new count. A wrapped line that happens to start with
    /// "3." in the middle of a sentence is rejected because it breaks its style's sequence.
    /// </summary>
    public static bool[] AcceptSequences(IReadOnlyList<OrdinalMark?> marks)
    {
        var accepted = new bool[marks.Count];
        var perStyle = new List<int>[StyleCount];
        for (var i = 0; i < marks.Count; i++)
        {
            if (marks[i] is { } mark)
            {
                (perStyle[(int)mark.Style] ??= []).Add(i);
            }
        }
        foreach (var indices in perStyle)
        {
            if (indices is null)
            {
                continue;
            }
            var last = 0;
            for (var k = 0; k < indices.Count; k++)
            {
                var value = marks[indices[k]]!.Value.Value;
                int? next = k + 1 < indices.Count ? marks[indices[k + 1]]!.Value.Value : null;
                var ok = value == last + 1
                    || value == 1
                    || (value > last + 1 && value <= last + 3 && (next is null || next == value + 1 || next == 1));
                if (ok)
                {
                    accepted[indices[k]] = true;
                    last = value;
                }
            }
        }
        return accepted;
    }

    private static OrdinalMark? FromHan(Match match, OrdinalStyle style)
    {
        if (!match.Success)
        {
            return null;
        }
        var numeral = match.Groups[1].Value;
        var value = ChineseText.ParseChineseNumber(numeral);
        return value is > 0 ? new OrdinalMark(style, value.Value, numeral, match.Length) : null;
    }

    private static OrdinalMark? FromDigits(Match match, OrdinalStyle style)
    {
        if (!match.Success)
        {
            return null;
        }
        var digits = match.Groups[1].Value;
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return value > 0 ? new OrdinalMark(style, value, value.ToString(CultureInfo.InvariantCulture), match.Length) : null;
    }

    [GeneratedRegex(@"^第([一二三四五六七八九十]{1,3})部分[ 、，,:：.]*")]
    private static partial Regex PartRegex();

    // "一、" and the less formal "一." / "一．"; "一是" is a list inside a sentence, not a heading.
    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}) ?[、.](?![0-9]) *")]
    private static partial Regex HanCommaRegex();

    [GeneratedRegex(@"^[（(] ?([一二三四五六七八九十]{1,3}) ?[）)][ 、.]*")]
    private static partial Regex HanParenRegex();

    // "1." "1、" but not "1.5%" (a decimal) nor "2021 年" / "1155工程" (no punctuation after the digits).
    [GeneratedRegex(@"^([0-9]{1,3}) ?[.、](?![0-9]) *")]
    private static partial Regex DigitDotRegex();

    [GeneratedRegex(@"^[（(] ?([0-9]{1,3}) ?[）)][ 、.]*")]
    private static partial Regex DigitParenRegex();
}
