using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

internal enum ZipContent
{
    WordDocument,
    Other,
}

/// <summary>
/// Zip-bomb guard for .docx: checks the declared sizes and ratios before inflating anything, then inflates only the
/// XML parts with a hard cap into a fresh package, so the OpenXML SDK never touches the uploaded archive itself.
/// </summary>
internal static class DocxPackageGuard
{
    private const int MaxEntries = 10_000;
    private const long RatioCheckedAbove = 1024 * 1024;
    private const int ChunkSize = 81_920;
    private const int MaxXmlDepth = 256;

    public static (ZipContent Kind, string? Description) Classify(ReadOnlyMemory<byte> content)
    {
        using var archive = OpenArchive(content);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            names.Add(entry.FullName.Replace('\\', '/').TrimStart('/'));
            if (names.Count > MaxEntries)
            {
                throw ReadFailures.DocxBomb($"压缩包内的条目超过 {MaxEntries} 个");
            }
        }

        if (names.Contains("word/document.xml"))
        {
            return (ZipContent.WordDocument, null);
        }

        if (names.Contains("xl/workbook.xml"))
        {
            return (ZipContent.Other, "Excel 工作簿");
        }

        if (names.Contains("ppt/presentation.xml"))
        {
            return (ZipContent.Other, "PowerPoint 演示文稿");
        }

        if (names.Contains("OFD.xml"))
        {
            return (ZipContent.Other, "OFD 版式文件，请另存为 PDF 或 .docx");
        }

        if (names.Contains("mimetype") && names.Contains("content.xml"))
        {
            return (ZipContent.Other, "OpenDocument 文档，请另存为 .docx");
        }

        // Some generators name the main part differently; the content types say whether it is a Word document.
        return names.Contains("[Content_Types].xml") ? (ZipContent.WordDocument, null) : (ZipContent.Other, "ZIP 压缩包");
    }

    public static MemoryStream Sanitize(ReadOnlyMemory<byte> content, PlanReadOptions options, ReadBudget budget)
    {
        var maxTotal = options.MaxDocxUncompressedBytes;
        using var archive = OpenArchive(content);
        var entries = archive.Entries;

        long declaredTotal = 0;
        foreach (var entry in entries)
        {
            declaredTotal += entry.Length;
            if (entry.Length < 0 || declaredTotal > maxTotal)
            {
                throw ReadFailures.DocxBomb($"解压后超过上限 {ReadFailures.Megabytes(maxTotal)} MB");
            }

            if (entry.Length > RatioCheckedAbove
                && (entry.CompressedLength <= 0 || entry.Length / entry.CompressedLength > options.MaxDocxCompressionRatio))
            {
                throw ReadFailures.DocxBomb($"部件 {entry.Name} 的压缩比超过 {options.MaxDocxCompressionRatio}:1");
            }

            // Deflate never grows data by more than a few bytes per 16 KB block, so more compressed bytes than that
            // means the declared size is forged (System.IO.Compression stops reading at the declared size).
            if (entry.CompressedLength > entry.Length + entry.Length / 100 + 256)
            {
                throw ReadFailures.DocxBomb($"部件 {entry.Name} 声明的解压大小与实际数据不符");
            }
        }

        var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            long inflatedTotal = 0;
            var buffer = new byte[ChunkSize];
            foreach (var entry in entries)
            {
                budget.Check();
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var target = copy.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                if (!IsXmlPart(entry.FullName))
                {
                    // Images and embedded objects are never read; an empty part keeps the relationships intact.
                    target.Open().Dispose();
                    continue;
                }

                using var source = entry.Open();
                using var part = new MemoryStream();
                long inflated = 0;
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    budget.Check();
                    inflated += read;
                    inflatedTotal += read;
                    if (inflated > entry.Length)
                    {
                        throw ReadFailures.DocxBomb($"部件 {entry.Name} 实际解压大小超过声明的大小");
                    }

                    if (inflatedTotal > maxTotal)
                    {
                        throw ReadFailures.DocxBomb($"解压后超过上限 {ReadFailures.Megabytes(maxTotal)} MB");
                    }

                    part.Write(buffer, 0, read);
                }

                CheckXml(part, entry.Name, budget);
                using var sink = target.Open();
                part.Position = 0;
                part.CopyTo(sink);
            }
        }

        output.Position = 0;
        return output;
    }

    /// <summary>
    /// One streaming pass before the SDK sees a part: no DTDs (entity expansion) and no nesting deep enough to
    /// exhaust the stack of the recursive readers that follow.
    /// </summary>
    private static void CheckXml(MemoryStream part, string name, ReadBudget budget)
    {
        part.Position = 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(part, settings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    throw ReadFailures.DocxBomb($"部件 {name} 的嵌套层级超过 {MaxXmlDepth} 层");
                }

                if (++nodes % 4096 == 0)
                {
                    budget.Check();
                }
            }
        }
        catch (XmlException ex)
        {
            throw ReadFailures.CorruptDocx($"部件 {name} 不是有效的 XML", ex);
        }
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static ZipArchive OpenArchive(ReadOnlyMemory<byte> content)
    {
        var stream = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            stream.Dispose();
            throw ReadFailures.CorruptDocx("无法按 zip 压缩包打开", ex);
        }
    }
}
