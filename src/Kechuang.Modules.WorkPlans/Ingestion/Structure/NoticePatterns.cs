using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Structure;

/// <summary>A date as the text writes it (month 13 or day 35 included); <see cref="Index"/>/<see cref="Length"/>
/// locate it in its paragraph.</summary>
internal readonly record struct WrittenDate(int Year, int Month, int Day, int Index, int Length, bool HanNumerals)
{
    public string Iso => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

    public bool IsValid => IsValidDate(Year, Month, Day);

    public static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

/// <summary>The parts of a 公文 notice wrapper (GB/T 9704: 版头, 发文字号, 标题, 主送机关, 正文, 发文机关署名, 成文日期,
/// 版记) and the plan title, recognised by their form, not by any issuer's wording.</summary>
internal static partial class NoticePatterns
{
    private static readonly string[] OrgSuffixes =
    [
        "局", "厅", "委", "委员会", "政府", "办公室", "办公厅", "部", "院", "中心", "工委", "科协", "管委会", "党组",
    ];

    public static WrittenDate? FindDate(string text)
    {
        var match = DateRegex().Match(text);
        return match.Success ? FromMatch(match) : null;
    }

    public static IEnumerable<WrittenDate> FindDates(string text)
    {
        foreach (Match match in DateRegex().Matches(text))
        {
            if (FromMatch(match) is { } date)
            {
                yield return date;
            }
        }
    }

    private static WrittenDate? FromMatch(Match match)
    {
        var year = ParseYear(match.Groups["y"].Value);
        var month = ParseSmall(match.Groups["m"].Value);
        var day = ParseSmall(match.Groups["d"].Value);
        if (year is null || month is null || day is null)
        {
            return null;
        }
        var han = !char.IsAsciiDigit(match.Groups["y"].Value[0]);
        return new WrittenDate(year.Value, month.Value, day.Value, match.Index, match.Length, han);
    }

    /// <summary>A paragraph that is only a date (成文日期), possibly in brackets.</summary>
    public static bool IsDateLine(string paragraph)
    {
        if (paragraph.Length > 24)
        {
            return false;
        }
        var date = FindDate(paragraph);
        if (date is null)
        {
            return false;
        }
        var rest = paragraph.Remove(date.Value.Index, date.Value.Length).Trim(' ', '（', '）', '(', ')');
        return rest.Length == 0;
    }

    /// <summary>The 版记 line "…办公室 2021年3月25日印发".</summary>
    public static bool IsIssuedFooter(string paragraph) =>
        paragraph.Length <= 60 && paragraph.EndsWith("印发", StringComparison.Ordinal) && FindDate(paragraph) is not null;

    public static bool IsCopyLine(string paragraph) =>
        paragraph.StartsWith("抄送", StringComparison.Ordinal)
        || paragraph.StartsWith("抄报", StringComparison.Ordinal)
        || paragraph.StartsWith("主题词", StringComparison.Ordinal)
        || paragraph.StartsWith("（此件", StringComparison.Ordinal)
        || paragraph.StartsWith("(此件", StringComparison.Ordinal)
        || paragraph.StartsWith("（联系人", StringComparison.Ordinal);

    public static bool IsAttachmentLabel(string paragraph) => AttachmentRegex().IsMatch(paragraph);

    public static Match MatchDocNumber(string paragraph) => DocNumberRegex().Match(paragraph);

    public static bool IsDocNumberLine(string paragraph) => paragraph.Length <= 30 && DocNumberRegex().IsMatch(paragraph);

    /// <summary>版头: "西安市科学技术局文件".</summary>
    public static bool IsBanner(string paragraph) =>
        paragraph.Length is > 2 and <= 40 && paragraph.EndsWith("文件", StringComparison.Ordinal) && !HasSentencePunctuation(paragraph);

    /// <summary>An organisation name standing alone (署名): short, no punctuation, ends like an organisation.</summary>
    public static bool IsOrganisationLine(string paragraph)
    {
        if (paragraph.Length is < 3 or > 40 || HasSentencePunctuation(paragraph) || paragraph.Contains('、'))
        {
            return false;
        }
        return EndsWithOrganisation(paragraph);
    }

    public static bool EndsWithOrganisation(string text)
    {
        foreach (var suffix in OrgSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"…关于印发《…》的通知" (possibly still split over two paragraphs).</summary>
    public static bool IsNoticeTitle(string paragraph) =>
        paragraph.Length <= 120 && paragraph.Contains("关于", StringComparison.Ordinal)
        && (paragraph.EndsWith("通知", StringComparison.Ordinal) || paragraph.EndsWith("的通知》", StringComparison.Ordinal));

    public static bool IsNoticeTitleStart(string paragraph) =>
        paragraph.Length <= 80 && !HasSentencePunctuation(paragraph)
        && (paragraph.EndsWith("关于印发", StringComparison.Ordinal) || paragraph.EndsWith("关于", StringComparison.Ordinal)
            || paragraph.EndsWith("关于转发", StringComparison.Ordinal));

    /// <summary>The 《…》 inside a notice title: the plan's own title.</summary>
    public static string? QuotedTitle(string paragraph)
    {
        var open = paragraph.IndexOf('《', StringComparison.Ordinal);
        var close = paragraph.LastIndexOf('》');
        return open >= 0 && close > open + 1 ? paragraph[(open + 1)..close] : null;
    }

    /// <summary>A plan title line: short, no sentence punctuation, ending like 工作要点 / 工作计划 / 工作安排.</summary>
    public static bool IsPlanTitle(string paragraph) =>
        paragraph.Length is >= 4 and <= 60 && !HasSentencePunctuation(paragraph) && PlanTitleRegex().IsMatch(paragraph);

    public static Match MatchYear(string text) => YearRegex().Match(text);

    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。，；！？：,;") >= 0;

    private static int? ParseYear(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        var year = 0;
        foreach (var c in text)
        {
            var digit = c is '〇' or '零' or 'О' or 'o' or 'O' ? 0 : ChineseText.ParseChineseNumber([c]);
            if (digit is null or > 9)
            {
                return null;
            }
            year = year * 10 + digit.Value;
        }
        return year;
    }

    private static int? ParseSmall(string text) =>
        char.IsAsciiDigit(text[0])
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : ChineseText.ParseChineseNumber(text);

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4}) ?年 ?(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?日")]
    private static partial Regex DateRegex();

    // 发文字号: 机关代字 + 〔年份〕 + 序号 + 号; OCR and typing give [ ] 【 】 ( ) for the hexagonal brackets.
    [GeneratedRegex(@"^(?<prefix>[^\s，。；：]{1,14}?) ?[〔\[【(（] ?(?<year>[0-9]{4}) ?[〕\]】)）] ?第?(?<seq>[0-9]{1,5}) ?号$")]
    private static partial Regex DocNumberRegex();

    [GeneratedRegex(@"^附件 ?[0-9一二三四五六七八九十]{0,2} ?[：:]?$")]
    private static partial Regex AttachmentRegex();

    [GeneratedRegex(@"(工作要点|要点|工作计划|工作安排|工作任务|重点工作|任务清单|工作方案)》?$")]
    private static partial Regex PlanTitleRegex();

    [GeneratedRegex(@"([0-9]{4}) ?年")]
    private static partial Regex YearRegex();
}
