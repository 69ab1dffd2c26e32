using System.Globalization;
using System.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>Renders a list counter in a WordprocessingML number format (ECMA-376 §17.18.59 ST_NumberFormat).</summary>
internal static class NumberFormatter
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string? format) => format switch
    {
        "none" or "bullet" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(value)),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value),
        "lowerLetter" => Letter(value).ToLowerInvariant(),
        "chineseCounting" or "taiwaneseCounting" => value < 100 ? ChineseCounting(value, ChineseDigits, "十百千万") : Digitwise(value, ChineseDigits),
        "chineseCountingThousand" or "taiwaneseCountingThousand" or "japaneseCounting" or "koreanCounting"
            => ChineseCounting(value, ChineseDigits, "十百千万"),
        "chineseLegalSimplified" or "japaneseLegal" or "ideographLegalTraditional" => LegalCounting(value),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => Digitwise(value, ChineseDigits),
        "ideographTraditional" => Cycle(value, HeavenlyStems),
        "ideographZodiac" or "ideographZodiacTraditional" => Cycle(value, EarthlyBranches),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => EnclosedCircle(value),
        "ideographEnclosedCircle" => value is >= 1 and <= 10 ? ((char)(0x3280 + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)(0x2474 + value - 1)).ToString() : $"({Decimal(value)})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)(0x2488 + value - 1)).ToString() : $"{Decimal(value)}.",
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits) =>
        string.Create(digits.Length, digits, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] is >= '0' and <= '9' ? (char)(s[i] - '0' + '０') : s[i];
            }
        });

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        (int, string)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                builder.Append(numeral);
                value -= amount;
            }
        }

        return builder.ToString();
    }

    /// <summary>Word repeats the letter past Z: 27 → AA, 28 → BB.</summary>
    private static string Letter(int value) =>
        value <= 0 ? Decimal(value) : new string((char)('A' + (value - 1) % 26), Math.Min((value - 1) / 26 + 1, 50));

    private static string Cycle(int value, string symbols) =>
        value <= 0 ? Decimal(value) : symbols[(value - 1) % symbols.Length].ToString();

    private static string EnclosedCircle(int value) => value switch
    {
        >= 1 and <= 20 => ((char)(0x2460 + value - 1)).ToString(),
        >= 21 and <= 35 => ((char)(0x3251 + value - 21)).ToString(),
        >= 36 and <= 50 => ((char)(0x32B1 + value - 36)).ToString(),
        _ => Decimal(value),
    };

    private static string Digitwise(int value, string digits)
    {
        var text = Decimal(Math.Max(value, 0));
        return string.Concat(text.Select(d => digits[d - '0']));
    }

    /// <summary>一, 十, 十一, 二十, 一百零一, 一千零一十 …; numbers from 10 to 19 drop the leading 一 as Word does.</summary>
    private static string ChineseCounting(int value, string digits, string units)
    {
        if (value <= 0)
        {
            return digits[0].ToString();
        }

        if (value >= 100_000)
        {
            return Digitwise(value, digits);
        }

        var builder = new StringBuilder();
        var text = Decimal(value);
        var pendingZero = false;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            var power = text.Length - 1 - i;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append(digits[0] == '〇' ? '零' : digits[0]);
                pendingZero = false;
            }

            if (!(digit == 1 && power == 1 && builder.Length == 0))
            {
                builder.Append(digits[digit]);
            }

            if (power > 0)
            {
                builder.Append(units[power - 1]);
            }
        }

        return builder.ToString();
    }

    private static string LegalCounting(int value)
    {
        var plain = ChineseCounting(value, LegalDigits, "拾佰仟万");
        // Legal numerals keep the leading 壹 before 拾 (壹拾壹), unlike everyday counting (十一).
        return plain.StartsWith('拾') ? "壹" + plain : plain;
    }
}
