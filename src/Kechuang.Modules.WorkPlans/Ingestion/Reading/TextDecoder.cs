using System.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// Turns the bytes of a .txt into text: BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then GB18030 — which
/// also reads GBK and GB2312, the encodings many government offices still save in — accepted only when it looks like
/// Chinese text.
/// </summary>
internal static class TextDecoder
{
    public const string Gb18030CodePage = "gb18030";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static PlanDocument Read(ReadOnlySpan<byte> bytes)
    {
        var (text, encoding) = Decode(bytes);
        var lines = SplitLines(text);
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw ReadFailures.Empty();
        }

        return new PlanDocument(PlanDocumentFormat.Text, lines, LinesAreParagraphs: false, encoding);
    }

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeWithBom(bytes) is { } withBom)
        {
            if (ControlCharacterRatioTooHigh(withBom.Text))
            {
                throw ReadFailures.Binary();
            }

            return withBom;
        }

        if (bytes.Contains((byte)0))
        {
            return TryDecodeUtf16WithoutBom(bytes) ?? throw ReadFailures.Binary();
        }

        if (ControlByteRatioTooHigh(bytes))
        {
            throw ReadFailures.Binary();
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
        }

        if (!LooksLikeGbk(bytes))
        {
            throw ReadFailures.Undecodable();
        }

        var gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var text = gb18030.GetString(bytes);
        if (!IsPlausibleChinese(text))
        {
            throw ReadFailures.Undecodable();
        }

        return (text, Gb18030CodePage);
    }

    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(current.ToString());
                current.Clear();
            }
            else if (c is not ('\uFEFF' or '\0'))
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private static (string Text, string Encoding)? TryDecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        (byte[] Bom, Encoding Encoding, string Name)[] boms =
        [
            ([0xEF, 0xBB, 0xBF], StrictUtf8, "utf-8"),
            ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le"),
            ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32be"),
            ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le"),
            ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be"),
        ];
        foreach (var (bom, encoding, name) in boms)
        {
            if (!bytes.StartsWith(bom))
            {
                continue;
            }

            try
            {
                return (encoding.GetString(bytes[bom.Length..]), name);
            }
            catch (DecoderFallbackException)
            {
                throw ReadFailures.Undecodable();
            }
        }

        return null;
    }

    /// <summary>UTF-16 saved without a BOM shows as NUL bytes in every other position wherever the text is ASCII.</summary>
    private static (string Text, string Encoding)? TryDecodeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var half = sample.Length / 2;
        bool? bigEndian = (evenNuls, oddNuls) switch
        {
            var (e, o) when o * 10 >= half && o >= 4 * e => false,
            var (e, o) when e * 10 >= half && e >= 4 * o => true,
            _ => null,
        };
        if (bigEndian is null)
        {
            return null;
        }

        try
        {
            var text = new UnicodeEncoding(bigEndian.Value, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
            return IsPlausibleChinese(text) && !ControlCharacterRatioTooHigh(text)
                ? (text, bigEndian.Value ? "utf-16be" : "utf-16le")
                : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsAllowedControl(int c) => c is '\t' or '\n' or '\r' or '\f' or '\v' or 0x1A;

    private static bool ControlByteRatioTooHigh(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            if ((b < 0x20 && !IsAllowedControl(b)) || b == 0x7F)
            {
                controls++;
            }
        }

        return TooMany(controls, bytes.Length);
    }

    private static bool ControlCharacterRatioTooHigh(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && !IsAllowedControl(c) && c != '\u0085')
            {
                controls++;
            }
        }

        return TooMany(controls, text.Length);
    }

    private static bool TooMany(int bad, int total) => bad > 0 && (bad * 100 > total || bad > 64);

    /// <summary>
    /// Real GBK text keeps nearly all its two-byte characters inside the GB2312 rows; Big5, Shift-JIS or binary data
    /// decoded as GB18030 also yields Han characters, but scattered over the whole code space.
    /// </summary>
    private static bool LooksLikeGbk(ReadOnlySpan<byte> bytes)
    {
        int doubleByte = 0, inGb2312 = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                break;
            }

            var trail = bytes[i + 1];
            if (trail is >= 0x30 and <= 0x39)
            {
                i += 4;
                continue;
            }

            doubleByte++;
            if (lead is >= 0xA1 and <= 0xF7 && trail is >= 0xA1 and <= 0xFE)
            {
                inGb2312++;
            }

            i += 2;
        }

        return doubleByte < 8 || inGb2312 * 10 >= doubleByte * 8;
    }

    private static bool IsPlausibleChinese(string text)
    {
        int meaningful = 0, implausible = 0, replacements = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            meaningful++;
            if (c == '\uFFFD')
            {
                replacements++;
                implausible++;
            }
            else if (!IsPlausibleCharacter(c))
            {
                implausible++;
            }
        }

        return meaningful > 0 && replacements <= Math.Max(2, meaningful / 200) && implausible * 50 <= meaningful;
    }

    private static bool IsPlausibleCharacter(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        >= '\u00A0' and <= '\u00FF' => true,
        >= '\u0370' and <= '\u04FF' => true,
        >= '\u2000' and <= '\u22FF' => true,
        >= '\u2460' and <= '\u27BF' => true,
        >= '\u2E80' and <= '\u9FFF' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF00' and <= '\uFFEF' => true,
        _ => char.IsSurrogate(c),
    };
}
