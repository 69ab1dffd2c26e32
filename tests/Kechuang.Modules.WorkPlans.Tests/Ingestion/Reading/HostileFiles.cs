using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

/// <summary>Hostile and foreign files built at test time, small in memory even when they claim to be huge.</summary>
internal static class HostileFiles
{
    /// <summary>A .docx-shaped zip whose document.xml inflates to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        }

        return output.ToArray();
    }

    /// <summary>A real .docx whose document.xml is padded to several MB but declares a size of a few hundred bytes.</summary>
    public static byte[] DocxWithLyingSizes(byte[] docx)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == "word/document.xml")
                {
                    text = text.Replace("</w:body>", new string(' ', 4 * 1024 * 1024) + "</w:body>", StringComparison.Ordinal);
                }

                AddText(archive, entry.FullName, text);
            }
        }

        var bytes = output.ToArray();
        PatchDeclaredSize(bytes, "word/document.xml", 300);
        return bytes;
    }

    public static byte[] ZipWith(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                AddText(archive, name, text);
            }
        }

        return output.ToArray();
    }

    /// <summary>An OLE compound file header followed by a directory naming the given streams (UTF-16, as OLE stores them).</summary>
    public static byte[] OleCompoundFile(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }

        return [.. bytes];
    }

    public static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (width * 3 + 1)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                raw[y * (width * 3 + 1) + 1 + x * 3] = (byte)(x * 255 / width);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void AddText(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>Rewrites the uncompressed size in the local header and the central directory record of one entry.</summary>
    private static void PatchDeclaredSize(byte[] zip, string entryName, int declared)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(i + 24), declared);
            }
        }
    }
}
