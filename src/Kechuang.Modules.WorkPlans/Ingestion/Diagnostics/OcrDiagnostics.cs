using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Diagnostics;

/// <summary>What the OCR checks need to know about a parsed document.</summary>
/// <param name="Paragraphs">every paragraph, notice and footer included.</param>
/// <param name="BodyStart">first paragraph of the plan body (after the title).</param>
/// <param name="BodyEnd">end (exclusive) of the plan body (before the signature/footer).</param>
/// <param name="HeaderTexts">fields whose years must agree with the body: title, notice title, 文号, date lines.</param>
internal sealed record OcrContext(
    IReadOnlyList<string> Paragraphs,
    int BodyStart,
    int BodyEnd,
    IReadOnlyList<string> HeaderTexts,
    int CurrentYear);

/// <summary>
/// Suspected OCR damage, reported and never silently changed: the parsed fields keep what the text says and each
/// diagnostic carries the excerpt and the reading the user can accept in the import preview.
/// </summary>
internal static partial class OcrDiagnostics
{
    private const int MaxCharacterFindings = 30;
    private const int MaxYearFindings = 30;
    private const string CommonPunctuation = "，。、；：？！“”‘’（）《》【】〔〕—…·「」『』%+-/.,:;()[]&*#@~=<>_'\"!?－–";

    public static IReadOnlyList<ParseDiagnostic> Analyze(OcrContext context)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var dominant = DominantBodyYear(context);
        var confusions = new HashSet<(char Wrong, char Right)>();
        var suggestedYears = new Dictionary<int, int>();
        CheckYears(context, dominant, confusions, suggestedYears, diagnostics);
        CheckDates(context, confusions, suggestedYears, diagnostics);
        CheckCharacters(context, diagnostics);
        return diagnostics;
    }

    /// <summary>The year the body states most often ("2021 年是…"), among plausible plan years.</summary>
    internal static int? DominantBodyYear(OcrContext context)
    {
        var counts = new Dictionary<int, int>();
        var order = new List<int>();
        for (var i = context.BodyStart; i < context.BodyEnd; i++)
        {
            foreach (Match match in YearRegex().Matches(context.Paragraphs[i]))
            {
                var year = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (year < 1949 || year > context.CurrentYear + 5)
                {
                    continue;
                }
                if (!counts.TryAdd(year, 1))
                {
                    counts[year]++;
                }
                else
                {
                    order.Add(year);
                }
            }
        }
        int? best = null;
        foreach (var year in order)
        {
            if (best is null || counts[year] > counts[best.Value])
            {
                best = year;
            }
        }
        return best;
    }

    private static void CheckYears(
        OcrContext context, int? dominant, HashSet<(char, char)> confusions, Dictionary<int, int> suggested, List<ParseDiagnostic> diagnostics)
    {
        // One finding per misread year, however often it occurs: the excerpt shows the first place, the message
        // says how many, and accepting it corrects every occurrence.
        var findings = new Dictionary<int, (string Excerpt, int Count, string? Suggestion, string Message)>();
        var order = new List<int>();
        void Inspect(string text, bool header)
        {
            foreach (Match match in FourDigitsRegex().Matches(text))
            {
                var year = int.Parse(match.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (!LooksLikeYear(text, match))
                {
                    continue;
                }
                if (findings.TryGetValue(year, out var known))
                {
                    findings[year] = known with { Count = known.Count + 1 };
                    continue;
                }
                var implausible = year < 1900 || year > context.CurrentYear + 30;
                var closeToDominant = dominant is { } d && year != d && DigitDifferences(year, d) <= 2;
                var suspicious = implausible || (header && closeToDominant && Math.Abs(year - dominant!.Value) > 1);
                if (!suspicious || findings.Count >= MaxYearFindings)
                {
                    continue;
                }
                string? suggestion = null;
                string message;
                if (closeToDominant)
                {
                    suggestion = dominant!.Value.ToString(CultureInfo.InvariantCulture);
                    suggested[year] = dominant.Value;
                    var a = year.ToString(CultureInfo.InvariantCulture);
                    for (var k = 0; k < a.Length; k++)
                    {
                        if (a[k] != suggestion[k])
                        {
                            confusions.Add((a[k], suggestion[k]));
                        }
                    }
                    message = $"年份“{year}”与正文所述的“{dominant}年”不符，疑为识别错误，可能应为“{dominant}”";
                }
                else
                {
                    message = $"年份“{year}”不在合理范围内，疑为识别错误";
                }
                findings[year] = (Excerpt(text, match.Index, match.Length), 1, suggestion, message);
                order.Add(year);
            }
        }
        foreach (var header in context.HeaderTexts)
        {
            Inspect(header, header: true);
        }
        foreach (var paragraph in context.Paragraphs)
        {
            if (!context.HeaderTexts.Any(h => h.Contains(paragraph, StringComparison.Ordinal)))
            {
                Inspect(paragraph, header: false);
            }
        }
        foreach (var year in order)
        {
            var (excerpt, count, suggestion, message) = findings[year];
            var times = count > 1 ? $"（文中共{count}处）" : "";
            diagnostics.Add(new ParseDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OcrSuspectYear, message + times + "。",
                excerpt, suggestion, year.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void CheckDates(
        OcrContext context, HashSet<(char Wrong, char Right)> confusions, Dictionary<int, int> suggestedYears, List<ParseDiagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var date in NoticePatterns.FindDates(paragraph))
            {
                // A year misread is reported by the year check; here only month and day.
                var checkYear = date.Year is >= 1 and <= 9999 ? date.Year : 2000;
                if (date.Month is >= 1 and <= 12 && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(checkYear, date.Month))
                {
                    continue;
                }
                var written = paragraph.Substring(date.Index, date.Length);
                if (!seen.Add(written))
                {
                    continue;
                }
                var year = suggestedYears.GetValueOrDefault(date.Year, date.Year);
                var fix = date.HanNumerals ? null : SuggestDate(year, date.Month, date.Day, confusions);
                var message = fix is null
                    ? $"日期“{written}”不存在，疑为识别错误。"
                    : $"日期“{written}”不存在，疑为识别错误，可能应为“{fix}”。";
                diagnostics.Add(new ParseDiagnostic(
                    DiagnosticSeverity.Warning, DiagnosticCodes.InvalidDate, message, Excerpt(paragraph, date.Index, date.Length), fix, written));
            }
        }
    }

    /// <summary>The one valid reading reached by replacing a single digit of the impossible month or day with the
    /// digit OCR is known (from the years) to have misread in this document; null when none or several fit.</summary>
    private static string? SuggestDate(int year, int month, int day, HashSet<(char Wrong, char Right)> confusions)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }
        var monthOk = month is >= 1 and <= 12;
        var candidates = new HashSet<(int Month, int Day)>();
        if (!monthOk)
        {
            foreach (var m in Substitutions(month, confusions))
            {
                if (m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, m))
                {
                    candidates.Add((m, day));
                }
            }
        }
        else
        {
            foreach (var d in Substitutions(day, confusions))
            {
                if (d >= 1 && d <= DateTime.DaysInMonth(year, month))
                {
                    candidates.Add((month, d));
                }
            }
        }
        if (candidates.Count != 1)
        {
            return null;
        }
        var (fm, fd) = candidates.First();
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{fm:D2}-{fd:D2}");
    }

    private static IEnumerable<int> Substitutions(int value, HashSet<(char Wrong, char Right)> confusions)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < digits.Length; i++)
        {
            foreach (var (wrong, right) in confusions)
            {
                if (digits[i] == wrong)
                {
                    var changed = digits.ToCharArray();
                    changed[i] = right;
                    yield return int.Parse(changed, NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static void CheckCharacters(OcrContext context, List<ParseDiagnostic> diagnostics)
    {
        var joined = string.Join('\n', context.Paragraphs);
        var findings = new Dictionary<string, (int Index, int Count, string Suggestion)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 1; i + 1 < joined.Length; i++)
        {
            var c = joined[i];
            if (!IsOdd(c) || !ChineseText.IsHan(joined[i - 1]) || !ChineseText.IsHan(joined[i + 1]))
            {
                continue;
            }
            var key = joined.Substring(i - 1, 3);
            if (findings.TryGetValue(key, out var known))
            {
                findings[key] = known with { Count = known.Count + 1 };
                continue;
            }
            if (findings.Count >= MaxCharacterFindings)
            {
                continue;
            }
            var replacement = FindReplacement(joined, i);
            if (replacement is null)
            {
                continue;
            }
            findings[key] = (i, 1, string.Concat(joined[i - 1], replacement.Value, joined[i + 1]));
            order.Add(key);
        }
        foreach (var key in order)
        {
            var (index, count, suggestion) = findings[key];
            var odd = joined[index];
            var paragraphStart = joined.LastIndexOf('\n', index) + 1;
            var paragraphEnd = joined.IndexOf('\n', index);
            var paragraph = joined[paragraphStart..(paragraphEnd < 0 ? joined.Length : paragraphEnd)];
            var times = count > 1 ? $"（共{count}处）" : string.Empty;
            diagnostics.Add(new ParseDiagnostic(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.OcrSuspectCharacter,
                $"“{key}”中的“{odd}”疑为识别错误，文中其他处作“{suggestion}”{times}。",
                Excerpt(paragraph, index - paragraphStart, 1),
                suggestion,
                key));
        }
    }

    /// <summary>The Han character that stands in place of the odd one in the same surroundings elsewhere in the
    /// document, preferring the longest surroundings that still occur.</summary>
    private static char? FindReplacement(string text, int odd)
    {
        var leftHan = 0;
        while (leftHan < 2 && odd - leftHan - 1 >= 0 && ChineseText.IsHan(text[odd - leftHan - 1]))
        {
            leftHan++;
        }
        var rightHan = 0;
        while (rightHan < 2 && odd + rightHan + 1 < text.Length && ChineseText.IsHan(text[odd + rightHan + 1]))
        {
            rightHan++;
        }
        foreach (var (l, r) in new[] { (2, 2), (1, 2), (2, 1), (1, 1) })
        {
            if (l > leftHan || r > rightHan)
            {
                continue;
            }
            var left = text.Substring(odd - l, l);
            var right = text.Substring(odd + 1, r);
            var minimum = l + r >= 3 ? 2 : 3;
            var counts = new Dictionary<char, int>();
            var at = text.IndexOf(left, StringComparison.Ordinal);
            var scanned = 0;
            while (at >= 0 && scanned < 200_000)
            {
                scanned++;
                var middle = at + l;
                if (middle + r < text.Length && ChineseText.IsHan(text[middle])
                    && string.CompareOrdinal(text, middle + 1, right, 0, r) == 0)
                {
                    counts[text[middle]] = counts.GetValueOrDefault(text[middle]) + 1;
                }
                at = text.IndexOf(left, at + 1, StringComparison.Ordinal);
            }
            if (counts.Count > 0)
            {
                var best = counts.MaxBy(p => p.Value);
                if (best.Value >= minimum)
                {
                    return best.Key;
                }
            }
        }
        return null;
    }

    private static bool IsOdd(char c) =>
        !ChineseText.IsHan(c) && !char.IsAsciiLetterOrDigit(c) && !char.IsWhiteSpace(c) && !CommonPunctuation.Contains(c);

    private static bool LooksLikeYear(string text, Match match)
    {
        var end = match.Index + match.Length;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        if (end < text.Length && text[end] is '年' or '〕' or ']' or '】' or ')' or '）' or '—' or '-' or '－')
        {
            return true;
        }
        var start = match.Index - 1;
        return start >= 0 && text[start] is '〔' or '[' or '【';
    }

    private static int DigitDifferences(int a, int b)
    {
        var x = a.ToString(CultureInfo.InvariantCulture);
        var y = b.ToString(CultureInfo.InvariantCulture);
        if (x.Length != y.Length)
        {
            return int.MaxValue;
        }
        var differences = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                differences++;
            }
        }
        return differences;
    }

    internal static string Excerpt(string text, int index, int length)
    {
        const int Context = 12;
        if (text.Length <= 40)
        {
            return text;
        }
        var start = Math.Max(0, index - Context);
        var end = Math.Min(text.Length, index + length + Context);
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }
        builder.Append(text, start, end - start);
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]{4}) ?年")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<![0-9.])[0-9]{4}(?![0-9])")]
    private static partial Regex FourDigitsRegex();
}
