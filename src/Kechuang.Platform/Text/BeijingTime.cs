using System.Globalization;

namespace Kechuang.Platform.Text;

/// <summary>UTC in the database and in code, Beijing time (UTC+8, no daylight saving) at the UI edge.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc, string pattern = "yyyy-MM-dd HH:mm") =>
        (utc + Offset).ToString(pattern, CultureInfo.InvariantCulture);

    /// <summary>"—" for no value.</summary>
    public static string Format(DateTime? utc, string pattern = "yyyy-MM-dd HH:mm") =>
        utc is { } value ? Format(value, pattern) : "—";
}
