// STUB: replaced by the tables branch at merge.
using System.Globalization;
using System.Text;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;
using MiniExcelLibs;

namespace Kechuang.Platform.Files.Tables;

public enum TableFormat { Csv, Xlsx }

public static class TableFormats
{
    public static TableFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Csv,
        ".xlsx" => TableFormat.Xlsx,
        _ => null,
    };
}

public sealed record TableColumn(string Header, bool Required = false, IReadOnlyList<string>? Aliases = null);

public sealed record TableRow(int RowNumber, IReadOnlyList<string?> Cells);

public sealed class TableReader : IDisposable
{
    private readonly Stream _stream;
    private readonly TableFormat _format;
    private readonly int?[] _indexes;

    private TableReader(Stream stream, TableFormat format, IReadOnlyList<string> headers, int headerRow, int?[] indexes)
    {
        _stream = stream;
        _format = format;
        SourceHeaders = headers;
        HeaderRowNumber = headerRow;
        _indexes = indexes;
    }

    public IReadOnlyList<string> SourceHeaders { get; }
    public int HeaderRowNumber { get; }

    public int? IndexOf(int columnPosition) => _indexes[columnPosition];

    public string? Cell(TableRow row, int columnPosition) =>
        _indexes[columnPosition] is { } i && i < row.Cells.Count ? row.Cells[i] : null;

    public static Result<TableReader> Open(Stream stream, TableFormat format, IReadOnlyList<TableColumn> columns, int maxHeaderSearchRows = 10)
    {
        var first = RawRows(stream, format).Take(maxHeaderSearchRows).ToList();
        stream.Position = 0;
        var best = first.Select((r, i) => (Row: r, Index: i, Score: columns.Count(c => r.Cells.Any(x => Matches(c, x)))))
            .OrderByDescending(x => x.Score).FirstOrDefault();
        if (best.Row is null || best.Score == 0)
        {
            return Error.Validation("table-no-header", "未找到表头，可能不是本模板。");
        }
        var headers = best.Row.Cells.Select(c => c ?? "").ToList();
        var indexes = columns.Select(c => (int?)headers.FindIndex(h => Matches(c, h))).Select(i => i < 0 ? null : i).ToArray();
        var missing = columns.Where((c, i) => c.Required && indexes[i] is null).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            return Error.Validation("table-missing-columns", "缺少必填列：" + string.Join("、", missing));
        }
        return new TableReader(stream, format, headers, best.Row.RowNumber, indexes);
    }

    private static bool Matches(TableColumn column, string? cell)
    {
        var text = Normalize(cell);
        return text.Length > 0 && (text == Normalize(column.Header) || (column.Aliases ?? []).Any(a => Normalize(a) == text));
    }

    private static string Normalize(string? text) =>
        (SheetValues.Clean(text) ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);

    public IEnumerable<TableRow> Rows() =>
        RawRows(_stream, _format).Where(r => r.RowNumber > HeaderRowNumber && r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));

    private static IEnumerable<TableRow> RawRows(Stream stream, TableFormat format)
    {
        if (format == TableFormat.Xlsx)
        {
            var number = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
            {
                number++;
                yield return new TableRow(number, row.Values.Select(Text).ToList());
            }
            yield break;
        }
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 65536, leaveOpen: true);
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            yield return new TableRow(n, line.Split(',').Select(c => (string?)c).ToList());
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double f => f.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Dispose()
    {
    }
}

public sealed record TableSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);

public static class TableWriter
{
    public static async Task WriteAsync(Stream output, TableFormat format, IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<object?>> rows, string sheetName, IReadOnlyList<TableSheet>? extraSheets = null,
        CancellationToken ct = default)
    {
        if (format == TableFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
            await writer.WriteLineAsync(string.Join(",", headers));
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(string.Join(",", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
            return;
        }
        var sheets = new Dictionary<string, object> { [sheetName] = Dicts(headers, rows) };
        foreach (var sheet in extraSheets ?? [])
        {
            sheets[sheet.Name] = Dicts(sheet.Headers, sheet.Rows);
        }
        await output.SaveAsAsync(sheets, cancellationToken: ct);
    }

    private static IEnumerable<Dictionary<string, object?>> Dicts(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        rows.Select(r => headers.Select((h, i) => (h, v: i < r.Count ? r[i] : null)).ToDictionary(x => x.h, x => x.v));
}
