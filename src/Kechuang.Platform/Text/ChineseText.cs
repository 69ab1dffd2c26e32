using System.Text;

namespace Kechuang.Platform.Text;

/// <summary>Small helpers for Chinese government text.</summary>
public static class ChineseText
{
    /// <summary>
    /// Folds full-width digits, Latin letters and the arithmetic signs (％＋－＝＜＞．／) to ASCII and the ideographic
    /// space to a plain space. Chinese punctuation that is full-width by convention (，。、；：（）“”！？) is kept.
    /// </summary>
    public static string NormalizeWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = FoldWidth(c);
            if (folded != c)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
            builder?.Append(folded);
        }
        return builder?.ToString() ?? text;
    }

    public static char FoldWidth(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' => '%',
        '＋' => '+',
        '－' => '-',
        '＝' => '=',
        '＜' => '<',
        '＞' => '>',
        '．' => '.',
        '／' => '/',
        '＆' => '&',
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>True for CJK unified ideographs (the basic block and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Value of a Chinese numeral ordinal (一 … 九十九, 〇/零, 两), or null when it is not one.</summary>
    public static int? ParseChineseNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 4)
        {
            return null;
        }
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = c switch
            {
                '〇' or '零' => 0,
                '一' => 1,
                '二' or '两' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                '十' => 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }
            if (digit == 10)
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                current = digit;
            }
        }
        return total + current;
    }
}
