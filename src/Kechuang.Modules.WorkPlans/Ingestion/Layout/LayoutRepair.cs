using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Ingestion.Layout;

/// <summary>Turns physical lines into logical paragraphs: rejoins wrapped lines, drops page numbers and repeated
/// headers, normalises full-width digits and punctuation.</summary>
public static class LayoutRepair
{
    private const int RepeatedHeaderMinCount = 3;
    private const int RepeatedHeaderMaxWidth = 40;

    public static IReadOnlyList<string> Repair(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = CleanLines(document.Lines);
        if (document.LinesAreParagraphs)
        {
            return lines.Where(l => l.Length > 0).ToList();
        }
        return Join(lines);
    }

    /// <summary>Cleaned lines with page numbers and repeated page headers/footers blanked out (blank lines are kept:
    /// they carry no meaning in wrapped text but keep indices aligned).</summary>
    private static List<string> CleanLines(IReadOnlyList<string> source)
    {
        var lines = new List<string>(source.Count);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in source)
        {
            var line = LineText.Clean(raw ?? string.Empty);
            if (LineText.IsPageNumber(line))
            {
                line = string.Empty;
            }
            lines.Add(line);
            if (line.Length > 0 && LineText.Width(line) <= RepeatedHeaderMaxWidth)
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && counts.GetValueOrDefault(line) >= RepeatedHeaderMinCount && IsPossibleRunningHeader(line))
            {
                lines[i] = string.Empty;
            }
        }
        return lines;
    }

    // A running header or footer never is a numbered heading nor a sentence.
    private static bool IsPossibleRunningHeader(string line) =>
        Ordinals.Match(line) is null && !LineText.EndsSentence(line) && !NoticePatterns.HasSentencePunctuation(line);

    private static List<string> Join(List<string> lines)
    {
        var content = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                content.Add(line);
            }
        }
        var marks = new OrdinalMark?[content.Count];
        for (var i = 0; i < content.Count; i++)
        {
            marks[i] = Ordinals.Match(content[i]);
        }
        var accepted = Ordinals.AcceptSequences(marks);
        var fullWidth = FixedLineWidth(content);

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            if (current.Length == 0)
            {
                current.Append(line);
            }
            else
            {
                LineText.AppendContinuation(current, line);
            }
            var next = i + 1 < content.Count ? content[i + 1] : null;
            if (next is null || EndsParagraph(line, accepted[i], next, accepted[i + 1], fullWidth))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
        return paragraphs;
    }

    private static bool EndsParagraph(string line, bool lineIsHeading, string next, bool nextIsHeading, int? fullWidth)
    {
        if (nextIsHeading || StartsBlock(next))
        {
            return true;
        }
        var full = fullWidth is { } width && LineText.Width(line) * 10 >= width * 8;
        if (LineText.EndsSentence(line))
        {
            // In a fixed-width layout a full line that happens to end with 。 usually goes on; a lone
            // signature or title after it does not.
            return !full || StandsAlone(next);
        }
        if (fullWidth is not null)
        {
            return !full;
        }
        // Lines are paragraphs (or paragraphs broken at random places): an unterminated line goes on unless it is a
        // short title-like line or a heading without a sentence in it.
        return IsTitleLike(line) || (lineIsHeading && !line.Contains('。') && LineText.Width(line) <= 100);
    }

    private static bool StartsBlock(string line) =>
        NoticePatterns.IsDateLine(line) || NoticePatterns.IsIssuedFooter(line) || NoticePatterns.IsDocNumberLine(line)
        || NoticePatterns.IsCopyLine(line) || NoticePatterns.IsAttachmentLabel(line) || NoticePatterns.IsBanner(line);

    private static bool StandsAlone(string line) =>
        NoticePatterns.IsOrganisationLine(line) || NoticePatterns.IsPlanTitle(line) || NoticePatterns.IsNoticeTitleStart(line);

    private static bool IsTitleLike(string line) =>
        LineText.Width(line) <= 60 && !NoticePatterns.HasSentencePunctuation(line) && !line.Contains('、');

    /// <summary>The width of a full line when the text is hard-wrapped at a fixed width (OCR, PDF, typed-in copies):
    /// most lines then fall just under the same width. Null when lines are paragraphs.</summary>
    private static int? FixedLineWidth(List<string> lines)
    {
        if (lines.Count < 8)
        {
            return null;
        }
        var widths = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            widths[i] = LineText.Width(lines[i]);
        }
        Array.Sort(widths);
        var typical = widths[widths.Length * 3 / 4];
        if (typical is < 16 or > 160)
        {
            return null;
        }
        var near = 0;
        foreach (var w in widths)
        {
            if (w * 100 >= typical * 80 && w * 100 <= typical * 110)
            {
                near++;
            }
        }
        return near * 2 >= widths.Length ? typical : null;
    }
}
