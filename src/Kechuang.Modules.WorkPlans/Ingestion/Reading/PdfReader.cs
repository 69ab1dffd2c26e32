using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// Reads the text layer of a PDF into physical lines, page after page: letters grouped by baseline, ordered left to
/// right, Chinese joined without spaces. A PDF with no usable text layer is refused as needing OCR.
/// </summary>
internal static class PdfReader
{
    private const int MinLettersForTextPage = 5;
    private const int MinLettersInDocument = 20;

    public static PlanDocument Read(ReadOnlyMemory<byte> content, PlanReadOptions options, ReadBudget budget)
    {
        using var document = Open(content);
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not PlanDocumentException)
        {
            throw ReadFailures.CorruptPdf(ex);
        }

        if (pageCount > options.MaxPdfPages)
        {
            throw ReadFailures.TooManyPages(pageCount, options.MaxPdfPages);
        }

        var lines = new List<string>();
        var warnings = new List<string>();
        int letters = 0, plausibleLetters = 0, pagesRead = 0;
        var pagesWithoutText = new List<int>();
        Exception? firstPageError = null;
        for (var number = 1; number <= pageCount; number++)
        {
            budget.Check();
            IReadOnlyList<Letter> pageLetters;
            bool hasImages;
            try
            {
                var page = document.GetPage(number);
                pageLetters = page.Letters;
                hasImages = HasImages(page);
            }
            catch (Exception ex) when (ex is not PlanDocumentException)
            {
                firstPageError ??= ex;
                warnings.Add($"第 {number} 页无法读取，已跳过。");
                continue;
            }

            pagesRead++;
            var visible = pageLetters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            letters += visible.Count;
            plausibleLetters += visible.Count(l => IsPlausible(l.Value));
            if (visible.Count < MinLettersForTextPage)
            {
                if (hasImages)
                {
                    pagesWithoutText.Add(number);
                }
            }

            lines.AddRange(PdfLineBuilder.BuildLines(visible, budget));
        }

        if (pagesRead == 0)
        {
            throw ReadFailures.CorruptPdf(firstPageError);
        }

        if (letters < MinLettersInDocument)
        {
            throw ReadFailures.ScannedPdf();
        }

        if (plausibleLetters * 2 < letters)
        {
            throw ReadFailures.UnreadableTextLayer();
        }

        if (pagesWithoutText.Count > 0)
        {
            warnings.Add($"第 {string.Join("、", pagesWithoutText)} 页没有文字层（可能是扫描页），其内容未能读取，请核对或进行 OCR 后重新导入。");
        }

        return new PlanDocument(PlanDocumentFormat.Pdf, lines, LinesAreParagraphs: false, DetectedEncoding: null)
        {
            Warnings = warnings,
        };
    }

    private static PdfDocument Open(ReadOnlyMemory<byte> content)
    {
        try
        {
            return PdfDocument.Open(content.ToArray(), new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                ClipPaths = false,
            });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw ReadFailures.EncryptedPdf(ex);
        }
        catch (Exception ex) when (ex is not PlanDocumentException && LooksLikePasswordFailure(ex))
        {
            throw ReadFailures.EncryptedPdf(ex);
        }
        catch (Exception ex) when (ex is not PlanDocumentException)
        {
            throw ReadFailures.CorruptPdf(ex);
        }
    }

    private static bool LooksLikePasswordFailure(Exception ex) =>
        ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);

    private static bool HasImages(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception ex) when (ex is not PlanDocumentException)
        {
            return false;
        }
    }

    /// <summary>Fonts without a usable ToUnicode map give control characters or private-use code points.</summary>
    private static bool IsPlausible(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF' or '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Groups the letters of one page into lines by baseline, in the page's dominant text direction.</summary>
internal static class PdfLineBuilder
{
    private sealed record Glyph(string Value, double Start, double End, double Baseline, double Size);

    public static IEnumerable<string> BuildLines(IReadOnlyList<Letter> letters, ReadBudget budget)
    {
        if (letters.Count == 0)
        {
            return [];
        }

        var angle = DominantAngle(letters);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var glyphs = letters.Select(l =>
        {
            var start = l.StartBaseLine;
            var end = l.EndBaseLine;
            var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(l.BoundingBox.Height, 1);
            var u0 = start.X * cos + start.Y * sin;
            var u1 = end.X * cos + end.Y * sin;
            var v = -start.X * sin + start.Y * cos;
            return new Glyph(l.Value, Math.Min(u0, u1), Math.Max(u0, u1), v, size);
        })
        .Where(g => double.IsFinite(g.Start) && double.IsFinite(g.End) && double.IsFinite(g.Baseline) && double.IsFinite(g.Size))
        .OrderByDescending(g => g.Baseline)
        .ThenBy(g => g.Start)
        .ToList();

        var lines = new List<List<Glyph>>();
        List<Glyph>? current = null;
        double lineBaseline = 0, lineSize = 0;
        foreach (var glyph in glyphs)
        {
            if (current is not null && Math.Abs(lineBaseline - glyph.Baseline) <= 0.4 * Math.Max(lineSize, glyph.Size))
            {
                current.Add(glyph);
                lineSize = Math.Max(lineSize, glyph.Size);
                continue;
            }

            budget.Check();
            current = [glyph];
            lines.Add(current);
            lineBaseline = glyph.Baseline;
            lineSize = glyph.Size;
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var margin = lines.Min(l => l[0].Start);
        return lines.Select(l => Join(l, margin));
    }

    /// <summary>
    /// Indentation is kept as ideographic spaces, the way a typed Chinese text marks a paragraph's first line, because
    /// it is what tells a new paragraph from a wrapped line.
    /// </summary>
    private static string Join(List<Glyph> line, double margin)
    {
        var builder = new StringBuilder(line.Count + 8);
        var lineSize = line.Max(g => g.Size);
        var indent = (int)Math.Round((line[0].Start - margin) / lineSize);
        builder.Append('\u3000', Math.Clamp(indent, 0, 8));
        Glyph? previous = null;
        var recent = new List<Glyph>(4);
        foreach (var glyph in line)
        {
            // Fake bold draws every glyph twice, a fraction of a point apart.
            if (recent.Any(r => r.Value == glyph.Value && Math.Abs(r.Start - glyph.Start) < 0.3 * glyph.Size
                                && Math.Abs(r.Baseline - glyph.Baseline) < 0.3 * glyph.Size))
            {
                continue;
            }

            if (previous is not null)
            {
                var gap = glyph.Start - previous.End;
                var em = Math.Max(previous.Size, glyph.Size);
                var bothCjk = IsCjk(previous.Value[^1]) && IsCjk(glyph.Value[0]);
                if (gap > (bothCjk ? 1.5 : 0.2) * em)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(glyph.Value);
            previous = glyph;
            recent.Add(glyph);
            if (recent.Count > 3)
            {
                recent.RemoveAt(0);
            }
        }

        return builder.ToString();
    }

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF'
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    private static double DominantAngle(IReadOnlyList<Letter> letters)
    {
        var votes = new Dictionary<int, int>();
        foreach (var letter in letters)
        {
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (dx == 0 && dy == 0 || !double.IsFinite(dx) || !double.IsFinite(dy))
            {
                continue;
            }

            var quadrant = (int)Math.Round(Math.Atan2(dy, dx) / (Math.PI / 2));
            votes[quadrant] = votes.GetValueOrDefault(quadrant) + 1;
        }

        return votes.Count == 0 ? 0 : votes.MaxBy(v => v.Value).Key * (Math.PI / 2);
    }
}
