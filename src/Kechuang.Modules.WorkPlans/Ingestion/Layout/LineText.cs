using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Layout;

/// <summary>Character-level clean-up of one line or paragraph of plan text.</summary>
internal static partial class LineText
{
    /// <summary>Folds full-width forms, drops BOM/zero-width/control characters, collapses runs of spaces and
    /// removes the spaces OCR and typesetting put between Chinese and digits ("净增 2000 家" → "净增2000家"); a space
    /// between two ASCII words or two Chinese words ("省委科技工委 省科技厅") is kept.</summary>
    public static string Clean(string line)
    {
        var folded = ChineseText.NormalizeWidth(line);
        var raw = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD')
            {
                continue;
            }
            if (c == '\t' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                raw.Append(' ');
                continue;
            }
            raw.Append(c);
        }
        var builder = new StringBuilder(raw.Length);
        var length = raw.Length;
        var i = 0;
        while (i < length && raw[i] == ' ')
        {
            i++;
        }
        while (i < length)
        {
            var c = raw[i];
            if (c != ' ')
            {
                builder.Append(c);
                i++;
                continue;
            }
            var end = i;
            while (end < length && raw[end] == ' ')
            {
                end++;
            }
            if (end == length)
            {
                break;
            }
            var before = builder.Length > 0 ? builder[^1] : ' ';
            var after = raw[end];
            if (KeepSpaceBetween(before, after))
            {
                builder.Append(' ');
            }
            i = end;
        }
        return builder.ToString();
    }

    /// <summary>Joins a continuation to the text before it: Chinese joins without a space, two ASCII words keep one.</summary>
    public static void AppendContinuation(StringBuilder paragraph, string next)
    {
        // A number wrapped across lines ("50" / "00家") joins; two Latin words keep their space.
        if (paragraph.Length > 0 && next.Length > 0 && IsAsciiWord(paragraph[^1]) && IsAsciiWord(next[0])
            && !(char.IsAsciiDigit(paragraph[^1]) && char.IsAsciiDigit(next[0])))
        {
            paragraph.Append(' ');
        }
        paragraph.Append(next);
    }

    /// <summary>Display width: ASCII counts 1, everything else (Han, full-width punctuation, quotes) 2.</summary>
    public static int Width(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            width += c < 0x80 ? 1 : 2;
        }
        return width;
    }

    /// <summary>The line ends a sentence: 。！？；：… or a closing quote/bracket right after one of them.</summary>
    public static bool EndsSentence(string line)
    {
        if (line.Length == 0)
        {
            return true;
        }
        var last = line[^1];
        if (IsTerminator(last))
        {
            return true;
        }
        if (last is '”' or '’' or '」' or '』' or '）' or ')' or '》' && line.Length > 1)
        {
            return IsTerminator(line[^2]);
        }
        return false;
    }

    public static bool IsPageNumber(string line) =>
        line.Length <= 24 && ((line.Length <= 4 && line.All(char.IsAsciiDigit)) || PageNumberRegex().IsMatch(line));

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '；' or '：' or '…' or '!' or '?' or ';' or ':';

    private static bool IsAsciiWord(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool KeepSpaceBetween(char before, char after)
    {
        if (before < 0x80 && after < 0x80)
        {
            return true;
        }
        return ChineseText.IsHan(before) && ChineseText.IsHan(after);
    }

    // — 9 —, - 9 -, -9- (full-width folded), 第9页, 第 9 页 共 20 页, 9/20, Page 9 of 20.
    [GeneratedRegex(@"^(?:[—–―─\-~]{1,3} ?[0-9]{1,4} ?[—–―─\-~]{1,3}|第 ?[0-9]{1,4} ?页(?: ?[,，/]? ?共 ?[0-9]{1,4} ?页)?|[0-9]{1,4} ?/ ?[0-9]{1,4}|[Pp]age ?[0-9]{1,4}(?: ?of ?[0-9]{1,4})?)$")]
    private static partial Regex PageNumberRegex();
}
