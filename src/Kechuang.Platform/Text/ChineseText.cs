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

    /// <summary>
    /// Value of a Chinese numeral — ordinals and counts alike (一, 十一, 二十四, 两, 〇, 三百, 两千五百) — or null when
    /// the text is not one (empty, other characters, a lone 百/千, two digits in a row such as 十四五).
    /// </summary>
    public static int? ParseChineseNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 12)
        {
            return null;
        }
        var total = 0;
        var current = 0;
        var lastWasDigit = false;
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
                _ => -1,
            };
            if (digit >= 0)
            {
                // 十四五 or 一二: digits must be separated by a multiplier (零 may follow one: 一百零五).
                if (lastWasDigit && digit != 0 && current != 0)
                {
                    return null;
                }
                current = digit;
                lastWasDigit = true;
                continue;
            }
            var multiplier = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (multiplier == 0 || (multiplier > 10 && !lastWasDigit))
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
