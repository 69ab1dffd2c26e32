using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Text;

/// <summary>
/// Parses cell values as real spreadsheets hold them: full-width digits, stray spaces, Excel date serials,
/// amounts in 万元 with thousands separators. Every failure is a Chinese message naming the text as written.
/// </summary>
public static partial class SheetValues
{
    // Excel's day 1 is 1900-01-01 and, copying Lotus 1-2-3, it counts a 1900-02-29 that never was (serial 60).
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private const int ExcelFakeLeapDay = 60;
    private static readonly DateOnly MinDate = new(1900, 1, 1);
    private static readonly DateOnly MaxDate = new(2100, 12, 31);

    /// <summary>
    /// Half-width text, trimmed, with inner whitespace runs (including line breaks and non-breaking spaces) as one
    /// space and zero-width characters removed; null when nothing is left.
    /// </summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            var folded = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => c,
            };
            if (folded is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            if (char.IsWhiteSpace(folded))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(folded);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>
    /// A date as typed or as Excel stores it: 44260 (serial), 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305,
    /// optionally followed by a time of day, which is dropped.
    /// </summary>
    public static Result<DateOnly> ParseDate(string? text)
    {
        var value = Clean(text);
        if (value is null)
        {
            return Error.Validation("date-empty", "日期不能为空。");
        }
        var serial = ExcelSerialPattern().Match(value);
        if (serial.Success && value.Length == 4 && int.Parse(value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100)
        {
            // As a serial 2021 is a day in 1905; in a date column it is a year someone typed.
            return Error.Validation("date-year-only", $"“{text}”只有年份，请填写完整日期，如 {value}-03-05。");
        }
        if (serial.Success)
        {
            return FromExcelSerial(int.Parse(serial.Groups[1].ValueSpan, CultureInfo.InvariantCulture), text);
        }
        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            match = ChineseDatePattern().Match(value);
        }
        if (!match.Success)
        {
            match = CompactDatePattern().Match(value);
        }
        if (!match.Success)
        {
            return Error.Validation("date-format", $"“{text}”不是可识别的日期，请填写如 2021-03-05 或 2021年3月5日 的日期。");
        }
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            return OutOfRange(text);
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Error.Validation("date-invalid", $"“{text}”不是有效的日期（{year}年{month}月没有{day}日）。");
        }
        return new DateOnly(year, month, day);
    }

    /// <summary>
    /// An amount as long fen: 12.5万元, 3亿, 3千万元, ¥1,234.56, １２．５万; text without a unit is read in
    /// <paramref name="defaultUnit"/>. Negative amounts and amounts finer than one fen are refused.
    /// </summary>
    public static Result<long> ParseMoneyFen(string? text, MoneyUnit defaultUnit)
    {
        var value = Clean(text)?.Replace(" ", "", StringComparison.Ordinal);
        if (value is null)
        {
            return Error.Validation("money-empty", "金额不能为空。");
        }
        if (value.StartsWith("人民币", StringComparison.Ordinal))
        {
            value = value[3..];
        }
        value = value.TrimStart('¥', '￥');
        if (value.StartsWith('-') || value.StartsWith('−') || (value.StartsWith('(') && value.EndsWith(')')))
        {
            return Error.Validation("money-negative", $"金额“{text}”为负数，金额不能为负。");
        }
        var fenPerUnit = (decimal)Money.FenPer(defaultUnit);
        foreach (var (suffix, fen) in MoneySuffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                value = value[..^suffix.Length];
                fenPerUnit = fen;
                break;
            }
        }
        if (!NumberPattern().IsMatch(value))
        {
            return Error.Validation("money-format", $"“{text}”不是可识别的金额，请填写如 12.5万元、1,234.56元 的金额。");
        }
        if (!decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var amount) || amount > long.MaxValue / fenPerUnit)
        {
            return Error.Validation("money-overflow", $"金额“{text}”过大，超出可记录的范围。");
        }
        var fenAmount = amount * fenPerUnit;
        if (fenAmount != decimal.Truncate(fenAmount))
        {
            return Error.Validation("money-precision", $"金额“{text}”精确到了分以下，最多精确到分（0.01 元）。");
        }
        return (long)fenAmount;
    }

    // Longest first, so that 千万元 is not read as 万元 after a stray 千.
    private static readonly (string Suffix, decimal Fen)[] MoneySuffixes =
    [
        ("千万元", 10_000_000m * Money.FenPerYuan),
        ("百万元", 1_000_000m * Money.FenPerYuan),
        ("亿元", Money.FenPerYiYuan),
        ("万元", Money.FenPerWanYuan),
        ("千元", 1_000m * Money.FenPerYuan),
        ("千万", 10_000_000m * Money.FenPerYuan),
        ("百万", 1_000_000m * Money.FenPerYuan),
        ("亿", Money.FenPerYiYuan),
        ("万", Money.FenPerWanYuan),
        ("元", Money.FenPerYuan),
    ];

    /// <summary>A whole number: 1234, 1,234, -5, and the 12.0 Excel makes of an integer.</summary>
    public static Result<int> ParseInt(string? text)
    {
        var value = Clean(text);
        if (value is null)
        {
            return Error.Validation("int-empty", "数值不能为空。");
        }
        var match = IntegerPattern().Match(value);
        if (!match.Success)
        {
            return Error.Validation("int-format", $"“{text}”不是整数，请只填写数字。");
        }
        var digits = match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Error.Validation("int-overflow", $"“{text}”超出可记录的整数范围。");
        }
        return number;
    }

    /// <summary>A number as written: 1,234.5, -0.5, and 12.5% as 12.5 (see <see cref="ParsePercent"/> for 0.125).</summary>
    public static Result<decimal> ParseDecimal(string? text)
    {
        var value = Clean(text)?.Replace(" ", "", StringComparison.Ordinal);
        if (value is null)
        {
            return Error.Validation("decimal-empty", "数值不能为空。");
        }
        if (value.EndsWith('%'))
        {
            value = value[..^1];
        }
        var sign = value.StartsWith('-') ? -1m : 1m;
        var unsigned = value.TrimStart('-', '+');
        if (value.Length - unsigned.Length > 1 || !NumberPattern().IsMatch(unsigned))
        {
            return Error.Validation("decimal-format", $"“{text}”不是数值，请只填写数字。");
        }
        if (!decimal.TryParse(unsigned.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
        {
            return Error.Validation("decimal-overflow", $"“{text}”超出可记录的数值范围。");
        }
        return sign * number;
    }

    /// <summary>
    /// A ratio: "12.5%" is 0.125. A bare number is taken as the ratio itself, which is what Excel stores for a
    /// cell formatted as a percentage (12.5% is the number 0.125).
    /// </summary>
    public static Result<decimal> ParsePercent(string? text)
    {
        var number = ParseDecimal(text);
        if (!number.IsSuccess)
        {
            return number.Error.Code == "decimal-empty"
                ? Error.Validation("percent-empty", "百分比不能为空。")
                : Error.Validation("percent-format", $"“{text}”不是百分比，请填写如 12.5% 的数值。");
        }
        return Clean(text)!.EndsWith('%') ? number.Value / 100m : number.Value;
    }

    /// <summary>是/否, Y/N, yes/no, true/false, 1/0, √/×.</summary>
    public static Result<bool> ParseBool(string? text)
    {
        var value = Clean(text)?.ToUpperInvariant();
        switch (value)
        {
            case null:
                return Error.Validation("bool-empty", "请填写“是”或“否”。");
            case "是" or "Y" or "YES" or "TRUE" or "1" or "√" or "✓" or "✔" or "对" or "有":
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0" or "×" or "✗" or "✘" or "不是" or "无":
                return false;
            default:
                return Error.Validation("bool-format", $"“{text}”应填写“是”或“否”。");
        }
    }

    private static Result<DateOnly> FromExcelSerial(int serial, string? text)
    {
        if (serial == ExcelFakeLeapDay)
        {
            return Error.Validation("date-invalid", $"“{text}”是 Excel 中不存在的日期 1900年2月29日。");
        }
        var lastDay = MaxDate.DayNumber - ExcelEpoch.DayNumber;
        if (serial < 1 || serial > lastDay)
        {
            return OutOfRange(text);
        }
        return ExcelEpoch.AddDays(serial < ExcelFakeLeapDay ? serial + 1 : serial);
    }

    private static Error OutOfRange(string? text) =>
        Error.Validation("date-range", $"日期“{text}”不在 1900 年至 2100 年之间，请核对。");

    [GeneratedRegex(@"^(\d{1,5})(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelSerialPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<y>\d{4}) ?年 ?(?<m>\d{1,2}) ?月 ?(?<d>\d{1,2}) ?[日号]$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDatePattern();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+))(?:\.0+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
