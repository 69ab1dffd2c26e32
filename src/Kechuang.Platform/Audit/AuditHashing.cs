using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Kechuang.Platform.Audit;

/// <summary>
/// The canonical form of an audit entry and its SM3 hash (GM/T 0004-2012). Every field is length-prefixed, so no
/// choice of values can make two different entries share a canonical form.
/// </summary>
public static class AuditHashing
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const string FormatVersion = "kc-audit-v1";

    /// <summary>The database keeps milliseconds on both providers (PostgreSQL stores microseconds, SQLite text).</summary>
    public static DateTime Normalize(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder(256);
        void Field(string? value)
        {
            if (value is null)
            {
                builder.Append("-;");
                return;
            }
            builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }
        Field(FormatVersion);
        Field(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(DateTime.SpecifyKind(entry.OccurredAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field(entry.UserId?.ToString("N"));
        Field(entry.UserName);
        Field(entry.UnitId?.ToString("N"));
        Field(entry.UnitName);
        Field(entry.ClientIp);
        Field(entry.Action);
        Field(entry.TargetType);
        Field(entry.TargetId);
        Field(entry.Outcome.ToString());
        Field(entry.Changes);
        Field(entry.Detail);
        Field(entry.PreviousHash);
        return builder.ToString();
    }

    public static string Hash(AuditEntry entry) => Sm3Hex(Canonical(entry));

    public static string Sm3Hex(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var digest = new SM3Digest();
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }
}
