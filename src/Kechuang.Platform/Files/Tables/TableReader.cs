using System.Globalization;
using System.Text;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Kechuang.Platform.Files.Tables;

/// <summary>
/// Reads a .csv or the first sheet of an .xlsx row by row. The header row is looked for among the first rows
/// (templates carry a title and notes above it) and may be two rows deep, a merged group header over its
/// sub-headers; columns are matched by header text, so users may reorder, add or drop optional columns.
/// </summary>
public sealed class TableReader : IDisposable
{
    private const int MinimumMatchedHeaders = 2;

    private readonly IEnumerator<(int RowNumber, string?[] Cells)> _source;
    private readonly Queue<(int RowNumber, string?[] Cells)> _buffered;
    private readonly IDisposable? _owned;
    private readonly int?[] _indexes;
    private bool _rowsTaken;

    private TableReader(
        IEnumerator<(int, string?[])> source, Queue<(int, string?[])> buffered, IDisposable? owned,
        IReadOnlyList<TableColumn> columns, IReadOnlyList<string> sourceHeaders, int headerRowNumber, int headerRowCount,
        int?[] indexes)
    {
        _source = source;
        _buffered = buffered;
        _owned = owned;
        Columns = columns;
        SourceHeaders = sourceHeaders;
        HeaderRowNumber = headerRowNumber;
        HeaderRowCount = headerRowCount;
        _indexes = indexes;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The file's header cells in file order as written; a two-row header as "研发费用/总额".</summary>
    public IReadOnlyList<string> SourceHeaders { get; }

    /// <summary>The (first) header row's number as Excel shows it.</summary>
    public int HeaderRowNumber { get; }

    /// <summary>1, or 2 for a group header over sub-headers.</summary>
    public int HeaderRowCount { get; }

    /// <summary>The file column index (0-based) of the expected column at <paramref name="columnPosition"/>, null when the file lacks it.</summary>
    public int? IndexOf(int columnPosition) => _indexes[columnPosition];

    public bool Has(int columnPosition) => _indexes[columnPosition] is not null;

    /// <summary>The text of the expected column at <paramref name="columnPosition"/> in a row; null when empty or absent.</summary>
    public string? Cell(TableRow row, int columnPosition)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _indexes[columnPosition] is { } index ? row.At(index) : null;
    }

    /// <summary>The column letter Excel shows for a file column index: 0 → A, 26 → AA.</summary>
    public static string ColumnLetter(int fileColumnIndex)
    {
        var letters = new StringBuilder();
        for (var n = fileColumnIndex + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }

    public static Result<TableReader> Open(
        Stream stream, TableFormat format, IReadOnlyList<TableColumn> columns, int maxHeaderSearchRows = 10)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeaderSearchRows, 1);

        IDisposable? owned = null;
        IEnumerator<(int, string?[])> source;
        var buffered = new Queue<(int, string?[])>();
        try
        {
            if (format == TableFormat.Csv)
            {
                var text = CsvRows.OpenText(stream);
                owned = text;
                source = CsvRows.Read(text).GetEnumerator();
            }
            else
            {
                source = XlsxRows(stream).GetEnumerator();
            }
            // One row more than the search window, for the sub-header row under a header in its last row.
            while (buffered.Count < maxHeaderSearchRows + 1 && source.MoveNext())
            {
                buffered.Enqueue(source.Current);
            }
        }
        catch (Exception ex) when (format == TableFormat.Xlsx && ex is InvalidDataException or IOException or
                                       System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            owned?.Dispose();
            return Error.Validation("table-unreadable",
                "无法读取该 Excel 文件：文件可能已损坏，或不是 .xlsx 格式（旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再上传）。");
        }

        var header = FindHeader(buffered.Take(maxHeaderSearchRows + 1).ToList(), columns, maxHeaderSearchRows);
        if (!header.IsSuccess)
        {
            source.Dispose();
            owned?.Dispose();
            return header.Error;
        }
        var found = header.Value;
        for (var i = 0; i < found.SkipRows; i++)
        {
            buffered.Dequeue();
        }
        return new TableReader(source, buffered, owned, columns, found.SourceHeaders, found.RowNumber, found.RowCount,
            found.Indexes);
    }

    /// <summary>The data rows after the header, blank rows left out; can be enumerated once, as the file streams.</summary>
    public IEnumerable<TableRow> Rows()
    {
        if (_rowsTaken)
        {
            throw new InvalidOperationException("The rows of a table file can be read only once.");
        }
        _rowsTaken = true;
        return Stream();

        IEnumerable<TableRow> Stream()
        {
            while (_buffered.Count > 0 || _source.MoveNext())
            {
                var (number, cells) = _buffered.Count > 0 ? _buffered.Dequeue() : _source.Current;
                if (!IsBlank(cells))
                {
                    yield return new TableRow(number, cells);
                }
            }
        }
    }

    public void Dispose()
    {
        _source.Dispose();
        _owned?.Dispose();
    }

    private sealed record FoundHeader(int RowNumber, int RowCount, int SkipRows, IReadOnlyList<string> SourceHeaders, int?[] Indexes);

    private static Result<FoundHeader> FindHeader(
        List<(int RowNumber, string?[] Cells)> rows, IReadOnlyList<TableColumn> columns, int maxHeaderSearchRows)
    {
        var keys = columns.Select(c => new[] { c.Header }.Concat(c.Aliases ?? []).Select(HeaderKey).ToHashSet(StringComparer.Ordinal)).ToList();
        var squashed = keys.Select(set => set.Select(Squash).ToHashSet(StringComparer.Ordinal)).ToList();
        Candidate? best = null;
        for (var i = 0; i < Math.Min(rows.Count, maxHeaderSearchRows); i++)
        {
            if (IsBlank(rows[i].Cells))
            {
                continue;
            }
            var single = Match(rows[i].Cells, null, keys, squashed);
            var candidate = new Candidate(i, 1, single.Labels, single.Matches);
            if (i + 1 < rows.Count && !IsBlank(rows[i + 1].Cells))
            {
                // Two rows are a header only when together they match more than either alone: a title or a
                // note above a one-row header also "pairs" with it, by its sub-headers alone.
                var pair = Match(rows[i].Cells, rows[i + 1].Cells, keys, squashed);
                var next = Match(rows[i + 1].Cells, null, keys, squashed);
                var pairScore = pair.Matches.Count(m => m.Count > 0);
                if (pairScore > candidate.Score && pairScore > next.Matches.Count(m => m.Count > 0))
                {
                    candidate = new Candidate(i, 2, pair.Labels, pair.Matches);
                }
            }
            if (best is null || candidate.Score > best.Score)
            {
                best = candidate;
            }
        }

        if (best is null || best.Score < Math.Min(MinimumMatchedHeaders, columns.Count))
        {
            var expected = string.Join("、", columns.Select(c => $"“{c.Header}”"));
            return Error.Validation("table-no-header",
                $"未找到表头：文件前 {maxHeaderSearchRows} 行中没有包含 {expected} 等列名的行，可能不是本模板的文件，请下载最新模板并按模板填写。");
        }
        for (var p = 0; p < columns.Count; p++)
        {
            if (best.Matches[p].Count > 1)
            {
                var places = string.Join("和", best.Matches[p].Select(i => $"第 {ColumnLetter(i)} 列"));
                return Error.Validation("table-duplicate-column",
                    $"表头中“{columns[p].Header}”出现了多次（{places}），请只保留一列。");
            }
        }
        var missing = columns.Where((c, p) => c.Required && best.Matches[p].Count == 0).Select(c => $"“{c.Header}”").ToList();
        var headerRow = rows[best.Index].RowNumber;
        if (missing.Count > 0)
        {
            return Error.Validation("table-missing-columns",
                $"表头（第 {headerRow.ToString(CultureInfo.InvariantCulture)} 行）缺少必填列：{string.Join("、", missing)}。请按模板补齐这些列。");
        }
        var indexes = best.Matches.Select(m => m.Count == 1 ? m[0] : (int?)null).ToArray();
        return new FoundHeader(headerRow, best.RowCount, best.Index + best.RowCount, best.Labels, indexes);
    }

    private sealed record Candidate(int Index, int RowCount, IReadOnlyList<string> Labels, List<int>[] Matches)
    {
        public int Score { get; } = Matches.Count(m => m.Count > 0);
    }

    /// <summary>
    /// Which file columns match each expected column. With a sub-header row, a column matches by "group+sub"
    /// (研发费用 + 总额) before the sub-header alone, so two groups may both have a 总额.
    /// </summary>
    private static (IReadOnlyList<string> Labels, List<int>[] Matches) Match(
        string?[] top, string?[]? sub, List<HashSet<string>> keys, List<HashSet<string>> squashed)
    {
        var width = Math.Max(top.Length, sub?.Length ?? 0);
        var labels = new string[width];
        var matches = keys.Select(_ => new List<int>()).ToArray();
        string? group = null;
        for (var c = 0; c < width; c++)
        {
            var upper = c < top.Length ? Written(top[c]) : null;
            var lower = sub is not null && c < sub.Length ? Written(sub[c]) : null;
            // A merged group header fills only its first cell unless the file has the covered cells.
            if (upper is not null)
            {
                group = upper;
            }
            else if (lower is not null)
            {
                upper = group;
            }
            else
            {
                group = null;
            }

            int? position = null;
            if (sub is null || lower is null || HeaderKey(lower) == HeaderKey(upper))
            {
                labels[c] = upper ?? "";
                position = Find(keys, HeaderKey(upper));
            }
            else if (upper is null)
            {
                labels[c] = lower;
                position = Find(keys, HeaderKey(lower));
            }
            else
            {
                labels[c] = $"{upper}/{lower}";
                position = Find(squashed, Squash(HeaderKey(upper) + HeaderKey(lower))) ?? Find(keys, HeaderKey(lower));
            }
            if (position is { } p)
            {
                matches[p].Add(c);
            }
        }
        return (labels, matches);
    }

    private static string? Written(string? cell) => SheetValues.Clean(cell) is null ? null : cell!.Trim();

    private static int? Find(List<HashSet<string>> keys, string key)
    {
        if (key.Length == 0)
        {
            return null;
        }
        for (var p = 0; p < keys.Count; p++)
        {
            if (keys[p].Contains(key))
            {
                return p;
            }
        }
        return null;
    }

    private static readonly string[] Annotations =
        ["(必填)", "(必填项)", "(选填)", "(选填项)", "(非必填)", "(可选)", "(可不填)", "【必填】", "【选填】", "[必填]", "[选填]"];

    /// <summary>
    /// A header as compared: half-width, without spaces, line breaks, asterisks or (必填)-style notes, upper case.
    /// Units in parentheses stay, as 金额(万元) and 金额(元) are different columns.
    /// </summary>
    internal static string HeaderKey(string? header)
    {
        var text = SheetValues.Clean(header);
        if (text is null)
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '*' and not '※')
            {
                builder.Append(c);
            }
        }
        foreach (var note in Annotations)
        {
            builder.Replace(note, "");
        }
        return builder.ToString().ToUpperInvariant();
    }

    private static string Squash(string key) =>
        string.Concat(key.Where(c => c is not ('-' or '_' or '/' or ':' or '|' or '·' or '—')));

    private static bool IsBlank(string?[] cells)
    {
        foreach (var cell in cells)
        {
            if (SheetValues.Clean(cell) is not null)
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<(int RowNumber, string?[] Cells)> XlsxRows(Stream stream)
    {
        var configuration = new OpenXmlConfiguration { FillMergedCells = true };
        var rowNumber = 0;
        // MiniExcel yields every row from A1 on, rows missing from the file as empty ones, so counting gives the row number.
        foreach (var row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX, startCell: "A1", configuration: configuration))
        {
            rowNumber++;
            var cells = (IDictionary<string, object?>)row;
            var values = new string?[cells.Count];
            var i = 0;
            foreach (var (_, value) in cells)
            {
                values[i++] = CellText(value);
            }
            yield return (rowNumber, values);
        }
    }

    /// <summary>An .xlsx cell value as text: numbers invariant without exponent, dates as yyyy-MM-dd, TRUE/FALSE.</summary>
    internal static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : Undefuse(s),
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Takes off the apostrophe <see cref="TableWriter.Defuse"/> puts before a formula-like text.</summary>
    internal static string Undefuse(string text) =>
        text.Length > 2 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' ? text[1..] : text;

    // Excel shows 15 significant digits, so 0.1+0.2 is 0.3 to the user; decimal keeps exactly those, without exponent.
    internal static string FormatNumber(double d)
    {
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e27)
        {
            return ((decimal)d).ToString(CultureInfo.InvariantCulture);
        }
        return d.ToString("0.###############", CultureInfo.InvariantCulture);
    }
}
