using System.Globalization;

namespace Kechuang.Platform.Text;

/// <summary>The unit a money column is written in when a cell carries none (表头“金额（万元）”).</summary>
public enum MoneyUnit
{
    Yuan,
    TenThousandYuan,
    HundredMillionYuan,
}

/// <summary>Money is stored as long fen (分) and shown in 元, 万元 or 亿元 with two decimals.</summary>
public static class Money
{
    public const long FenPerYuan = 100;
    public const long FenPerWanYuan = 1_000_000;
    public const long FenPerYiYuan = 10_000_000_000;

    public static long FenPer(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => FenPerYuan,
        MoneyUnit.TenThousandYuan => FenPerWanYuan,
        MoneyUnit.HundredMillionYuan => FenPerYiYuan,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>"12.50万元".</summary>
    public static string FormatWanYuan(long fen) => Format(fen, FenPerWanYuan, "万元");

    /// <summary>"3.00亿元".</summary>
    public static string FormatYiYuan(long fen) => Format(fen, FenPerYiYuan, "亿元");

    public static string FormatYuan(long fen) => Format(fen, FenPerYuan, "元");

    /// <summary>亿元 from one 亿, 万元 from one 万, otherwise 元; a value that rounds up to the next unit is shown in it.</summary>
    public static string FormatAuto(long fen)
    {
        var magnitude = Math.Abs((decimal)fen);
        if (Round(magnitude / FenPerWanYuan) >= 10_000m)
        {
            return FormatYiYuan(fen);
        }
        return Round(magnitude / FenPerYuan) >= 10_000m ? FormatWanYuan(fen) : FormatYuan(fen);
    }

    private static string Format(long fen, long fenPerUnit, string unit) =>
        Round((decimal)fen / fenPerUnit).ToString("0.00", CultureInfo.InvariantCulture) + unit;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
