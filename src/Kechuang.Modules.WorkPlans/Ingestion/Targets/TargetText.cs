using System.Buffers;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>Text preparation for target extraction: width folding, insignificant spaces, quoted spans, clauses.</summary>
internal static class TargetText
{
    /// <summary>
    /// Folds full-width forms and drops whitespace unless it separates two ASCII words ("Nature Index"): in Chinese
    /// text a space or line break between digits and Han ("净增 2000 家", "1200 亿 元") carries no meaning.
    /// </summary>
    public static string Normalize(string text)
    {
        var folded = ChineseText.NormalizeWidth(text);
        if (folded.AsSpan().IndexOfAny(Whitespace) < 0)
        {
            return folded;
        }
        var buffer = new char[folded.Length];
        var length = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (!Whitespace.Contains(c))
            {
                buffer[length++] = c;
                i++;
                continue;
            }
            var j = i;
            while (j < folded.Length && Whitespace.Contains(folded[j]))
            {
                j++;
            }
            var previous = length > 0 ? buffer[length - 1] : '\0';
            var next = j < folded.Length ? folded[j] : '\0';
            if (char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(next))
            {
                buffer[length++] = ' ';
            }
            i = j;
        }
        return new string(buffer, 0, length);
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>
    /// Marks characters inside “…”, ‘…’, "…" and 《…》: names, slogans and titles (“1155”工程, “四个意识”,
    /// 《2021—2035年…规划》) whose digits are never quantities and whose commas never end a clause. A quote is
    /// only honoured when it closes soon and within the sentence, so a stray mark cannot swallow the text.
    /// </summary>
    public static bool[] ProtectedMask(string s)
    {
        var mask = new bool[s.Length];
        var i = 0;
        while (i < s.Length)
        {
            var (close, limit) = s[i] switch
            {
                '“' => ('”', 40),
                '‘' => ('’', 30),
                '"' => ('"', 30),
                '《' => ('》', 100),
                _ => ('\0', 0),
            };
            if (limit == 0)
            {
                i++;
                continue;
            }
            var end = -1;
            for (var j = i + 1; j < s.Length && j <= i + limit; j++)
            {
                if (s[j] == close)
                {
                    end = j;
                    break;
                }
                if (s[j] is '。' or '；' or '\n')
                {
                    break;
                }
            }
            if (end < 0)
            {
                i++;
                continue;
            }
            for (var k = i; k <= end; k++)
            {
                mask[k] = true;
            }
            i = end + 1;
        }
        return mask;
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r';

    public static bool IsClauseEnd(string s, int i)
    {
        var c = s[i];
        if (IsSentenceEnd(c) || c is '，' or '：')
        {
            return true;
        }
        if (c is ',' or ':')
        {
            // 1,200 is a number, not two clauses.
            return !(i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]));
        }
        return false;
    }

    /// <summary>Clauses as [Start, End) ranges, each with the index of the sentence it belongs to.</summary>
    public static List<Clause> Clauses(string s, bool[] mask)
    {
        var clauses = new List<Clause>();
        var start = 0;
        var sentence = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (mask[i] || !IsClauseEnd(s, i))
            {
                continue;
            }
            if (i > start)
            {
                clauses.Add(new Clause(start, i, sentence));
            }
            if (IsSentenceEnd(s[i]))
            {
                sentence++;
            }
            start = i + 1;
        }
        if (start < s.Length)
        {
            clauses.Add(new Clause(start, s.Length, sentence));
        }
        return clauses;
    }
}

internal readonly record struct Clause(int Start, int End, int Sentence);
