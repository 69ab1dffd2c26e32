// STUB: replaced by the tables branch at merge.
using System.Globalization;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Text;

public enum MoneyUnit { Yuan, TenThousandYuan, HundredMillionYuan }

public static class SheetValues
{
    public static string? Clean(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();

    public static Result<DateOnly> ParseDate(string? text)
    {
        var t = Clean(text) ?? "";
        if (DateOnly.TryParse(t.Replace('/', '-').Replace('.', '-'), CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        return Error.Validation("date", $"日期“{text}”无法识别");
    }

    public static Result<long> ParseMoneyFen(string? text, MoneyUnit defaultUnit)
    {
        var t = (Clean(text) ?? "").Replace(",", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal);
        var factor = defaultUnit switch { MoneyUnit.TenThousandYuan => 10_000m, MoneyUnit.HundredMillionYuan => 100_000_000m, _ => 1m };
        if (t.EndsWith('万')) { factor = 10_000m; t = t[..^1]; }
        else if (t.EndsWith('亿')) { factor = 100_000_000m; t = t[..^1]; }
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v < 0)
        {
            return Error.Validation("money", $"金额“{text}”无法识别");
        }
        var fen = v * factor * 100m;
        return fen != decimal.Truncate(fen) ? Error.Validation("money-precision", $"金额“{text}”精度超过分") : (long)fen;
    }

    public static Result<int> ParseInt(string? text) =>
        int.TryParse((Clean(text) ?? "").Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : Error.Validation("int", $"“{text}”不是整数");

    public static Result<decimal> ParseDecimal(string? text) =>
        decimal.TryParse(Clean(text), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : Error.Validation("decimal", $"“{text}”不是数字");

    public static Result<bool> ParseBool(string? text) => Clean(text) switch
    {
        "是" or "Y" or "y" or "1" or "true" or "TRUE" => true,
        "否" or "N" or "n" or "0" or "false" or "FALSE" => false,
        _ => Error.Validation("bool", $"“{text}”应为“是”或“否”"),
    };
}
