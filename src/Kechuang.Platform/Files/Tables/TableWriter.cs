using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Kechuang.Platform.Files.Tables;

/// <summary>
/// Writes rows as they are enumerated, in the header order given. CSV is UTF-8 with a BOM (so Excel on Chinese
/// Windows does not take it for GBK), RFC 4180 quoting and CRLF; extra sheets exist only in .xlsx.
/// </summary>
public static class TableWriter
{
    public static async Task WriteAsync(
        Stream output, TableFormat format, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows,
        string sheetName, IReadOnlyList<TableSheet>? extraSheets = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        CheckSheetName(sheetName);
        if (format == TableFormat.Csv)
        {
            await WriteCsvAsync(output, headers, rows, ct);
            return;
        }
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [sheetName] = SheetRows(headers, rows),
        };
        foreach (var extra in extraSheets ?? [])
        {
            CheckSheetName(extra.Name);
            if (!sheets.TryAdd(extra.Name, SheetRows(extra.Headers, extra.Rows)))
            {
                throw new ArgumentException($"Sheet name '{extra.Name}' is used twice.", nameof(extraSheets));
            }
        }
        await output.SaveAsAsync(sheets, printHeader: false, excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    /// <summary>
    /// A text that a spreadsheet would run as a formula (=, +, -, @ first; OWASP "CSV injection") gets a leading
    /// apostrophe. A lone sign, as in the "-" of an empty statistic, is no formula and stays as it is.
    /// </summary>
    public static string Defuse(string text) =>
        text.Length > 1 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;

    /// <summary>The header as the first row, so that headers keep their order even when two are alike.</summary>
    private static IEnumerable<Dictionary<string, object?>> SheetRows(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var keys = Enumerable.Range(0, headers.Count).Select(i => TableReader.ColumnLetter(i)).ToArray();
        var header = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            header[keys[i]] = headers[i];
        }
        yield return header;
        foreach (var row in rows)
        {
            CheckWidth(row, headers.Count);
            var values = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                values[keys[i]] = i < row.Count ? XlsxValue(row[i]) : null;
            }
            yield return values;
        }
    }

    private static object? XlsxValue(object? value) => value switch
    {
        string s => Defuse(s),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset o => o.DateTime,
        Enum or Guid or char => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        var line = new StringBuilder();
        await WriteLineAsync(writer, line, headers.Select(h => (object?)h).ToList(), ct);
        foreach (var row in rows)
        {
            CheckWidth(row, headers.Count);
            await WriteLineAsync(writer, line, row, ct);
        }
        await writer.FlushAsync(ct);
    }

    private static async Task WriteLineAsync(StreamWriter writer, StringBuilder line, IReadOnlyList<object?> cells, CancellationToken ct)
    {
        line.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            var text = CsvText(cells[i]);
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ')))
            {
                line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(text);
            }
        }
        line.Append(writer.NewLine);
        await writer.WriteAsync(line, ct);
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        string s => Defuse(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        double d => TableReader.FormatNumber(d),
        float f => TableReader.FormatNumber(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Excel refuses to open a workbook with such a sheet name, and MiniExcel does not check.
    private static void CheckSheetName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 31 || name.AsSpan().IndexOfAny(@":\/?*[]") >= 0 || name[0] == '\'' || name[^1] == '\'')
        {
            throw new ArgumentException($"'{name}' is not a valid Excel sheet name.", nameof(name));
        }
    }

    private static void CheckWidth(IReadOnlyList<object?> row, int width)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Count > width)
        {
            throw new ArgumentException($"A row has {row.Count} cells for {width} headers.", nameof(row));
        }
    }
}
