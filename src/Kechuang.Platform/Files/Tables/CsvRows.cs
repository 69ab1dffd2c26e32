using System.Text;

namespace Kechuang.Platform.Files.Tables;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF, LF or CR line ends, and
/// the encoding detected from the first 64 KB (a BOM, else strict UTF-8, else GB18030, which Excel's
/// "CSV (逗号分隔)" writes on Chinese Windows). A stray quote inside an unquoted field is kept as text.
/// </summary>
internal static class CsvRows
{
    private const int SniffBytes = 64 * 1024;

    static CsvRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextReader OpenText(Stream stream)
    {
        var prefix = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = stream.Read(prefix, length, prefix.Length - length)) > 0)
        {
            length += read;
        }
        var encoding = Detect(prefix.AsSpan(0, length), endOfFile: length < prefix.Length);
        return new StreamReader(new ReplayStream(prefix, length, stream), encoding, detectEncodingFromByteOrderMarks: true);
    }

    internal static Encoding Detect(ReadOnlySpan<byte> prefix, bool endOfFile)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.Unicode;
        }
        try
        {
            // Not flushing when the prefix is cut mid-file, so a character split at the 64 KB boundary is no error.
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder().GetCharCount(prefix, flush: endOfFile);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>Records with their 1-based record number, which is the row number Excel shows for the file.</summary>
    public static IEnumerable<(int RowNumber, string?[] Cells)> Read(TextReader reader)
    {
        var cells = new List<string?>();
        var field = new StringBuilder();
        var buffer = new char[16 * 1024];
        var rowNumber = 0;
        var inQuotes = false;
        var quoteSeen = false; // a closing quote, or a quote of a doubled pair, was just read inside a quoted field
        var fieldStarted = false;
        var pendingCr = false;
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        quoteSeen = true;
                    }
                    else
                    {
                        field.Append(c);
                    }
                    continue;
                }
                if (c == '"' && quoteSeen)
                {
                    field.Append('"');
                    inQuotes = true;
                    quoteSeen = false;
                    continue;
                }
                quoteSeen = false;
                switch (c)
                {
                    case '"' when !fieldStarted:
                        inQuotes = true;
                        fieldStarted = true;
                        break;
                    case ',':
                        cells.Add(Take(field));
                        fieldStarted = false;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        cells.Add(Take(field));
                        fieldStarted = false;
                        yield return (++rowNumber, cells.ToArray());
                        cells.Clear();
                        break;
                    default:
                        field.Append(c);
                        fieldStarted = true;
                        break;
                }
            }
        }
        if (fieldStarted || cells.Count > 0 || inQuotes)
        {
            cells.Add(Take(field));
            yield return (++rowNumber, cells.ToArray());
        }
    }

    private static string? Take(StringBuilder field)
    {
        var value = field.Length == 0 ? null : TableReader.Undefuse(field.ToString());
        field.Clear();
        return value;
    }

    /// <summary>The sniffed prefix followed by the rest of a stream that may not seek.</summary>
    private sealed class ReplayStream(byte[] prefix, int prefixLength, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < prefixLength)
            {
                var n = Math.Min(count, prefixLength - _position);
                Array.Copy(prefix, _position, buffer, offset, n);
                _position += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
