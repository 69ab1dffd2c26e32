using System.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

internal enum ContentKind
{
    TextCandidate,
    Pdf,
    Zip,
    OleCompound,
    Rtf,
    Html,
    OtherBinary,
}

/// <param name="Description">what the bytes look like, in Chinese, for refusals (only for non-text kinds).</param>
internal readonly record struct SniffResult(ContentKind Kind, string? Description = null);

/// <summary>Decides what a file is from its leading bytes; the extension is only a hint.</summary>
internal static class FormatSniffer
{
    private static readonly (byte[] Magic, string Description)[] BinarySignatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG 图片"),
        ([0xFF, 0xD8, 0xFF], "JPEG 图片"),
        ("GIF87a"u8.ToArray(), "GIF 图片"),
        ("GIF89a"u8.ToArray(), "GIF 图片"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF 图片"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF 图片"),
        ([0x7F, 0x45, 0x4C, 0x46], "可执行程序"),
        ("Rar!\u001A\u0007"u8.ToArray(), "RAR 压缩包"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z 压缩包"),
        ([0x1F, 0x8B], "gzip 压缩包"),
        ([0x42, 0x5A, 0x68], "bzip2 压缩包"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz 压缩包"),
        ("%!PS"u8.ToArray(), "PostScript 文件"),
        ("OggS"u8.ToArray(), "音视频文件"),
        ("ID3"u8.ToArray(), "音频文件"),
    ];

    public static SniffResult Sniff(ReadOnlySpan<byte> content)
    {
        // The PDF header may legally follow up to 1 KB of junk.
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return new(ContentKind.Pdf);
        }

        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8)
            || content.StartsWith("PK\u0007\u0008"u8))
        {
            return new(ContentKind.Zip);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new(ContentKind.OleCompound);
        }

        foreach (var (magic, description) in BinarySignatures)
        {
            if (content.StartsWith(magic))
            {
                return new(ContentKind.OtherBinary, description);
            }
        }

        if (content.StartsWith("MZ"u8) && content.Contains((byte)0))
        {
            return new(ContentKind.OtherBinary, "可执行程序");
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8))
        {
            return new(ContentKind.OtherBinary, content[8..12].SequenceEqual("WEBP"u8) ? "WebP 图片" : "音视频文件");
        }

        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8))
        {
            return new(ContentKind.OtherBinary, "音视频或 HEIC 图片文件");
        }

        var head = AsciiHead(content);
        if (head.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            return new(ContentKind.Rtf, "RTF 文档");
        }

        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("mime-version:", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<w:wordDocument", StringComparison.Ordinal)))
        {
            return new(ContentKind.Html, "网页或 Word XML 格式的文档");
        }

        return new(ContentKind.TextCandidate);
    }

    /// <summary>What an OLE compound file holds, judged from the UTF-16 stream names in its directory.</summary>
    public static string DescribeOle(ReadOnlySpan<byte> content, out bool encryptedOoxml)
    {
        encryptedOoxml = ContainsUtf16(content, "EncryptedPackage");
        if (encryptedOoxml)
        {
            return "加密的 Office 文档";
        }

        if (ContainsUtf16(content, "WordDocument"))
        {
            return "Word 97-2003（.doc）或 WPS";
        }

        if (ContainsUtf16(content, "Workbook") || ContainsUtf16(content, "Book"))
        {
            return "Excel 97-2003（.xls）";
        }

        if (ContainsUtf16(content, "PowerPoint Document"))
        {
            return "PowerPoint 97-2003（.ppt）";
        }

        return "Office 97-2003";
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> content, string name) =>
        content.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private static string AsciiHead(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 256)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var builder = new StringBuilder(head.Length);
        foreach (var b in head)
        {
            if (builder.Length == 0 && b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            builder.Append(b < 0x80 ? (char)b : '?');
        }

        return builder.ToString();
    }
}
