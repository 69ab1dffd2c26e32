// STUB: replaced by the tables branch at merge.
using System.Globalization;

namespace Kechuang.Platform.Text;

public static class Money
{
    public static string FormatWanYuan(long fen) => (fen / 1_000_000m).ToString("0.00", CultureInfo.InvariantCulture) + "万元";
    public static string FormatYiYuan(long fen) => (fen / 10_000_000_000m).ToString("0.00", CultureInfo.InvariantCulture) + "亿元";
    public static string FormatAuto(long fen) => fen >= 10_000_000_000 ? FormatYiYuan(fen) : fen >= 1_000_000 ? FormatWanYuan(fen)
        : (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "元";
}
