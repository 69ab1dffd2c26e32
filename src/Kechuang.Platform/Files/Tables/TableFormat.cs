namespace Kechuang.Platform.Files.Tables;

public enum TableFormat
{
    Csv,
    Xlsx,
}

public static class TableFormats
{
    /// <summary>The format a file name's extension stands for; null for anything else (.xls included).</summary>
    public static TableFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName ?? "").ToUpperInvariant() switch
        {
            ".CSV" => TableFormat.Csv,
            ".XLSX" => TableFormat.Xlsx,
            _ => null,
        };

    public static string Extension(TableFormat format) => format == TableFormat.Csv ? ".csv" : ".xlsx";

    public static string ContentType(TableFormat format) => format == TableFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// A column a template expects: its header, whether a file must have it, and other headers users write for it
/// (older template versions, abbreviations).
/// </summary>
public sealed record TableColumn(string Header, bool Required = false, IReadOnlyList<string>? Aliases = null);

/// <summary>
/// One data row: <paramref name="RowNumber"/> is the row number the user sees in Excel (1-based) and
/// <paramref name="Cells"/> are the file's cells in file order, as text, null for an empty cell.
/// </summary>
public sealed record TableRow(int RowNumber, IReadOnlyList<string?> Cells)
{
    /// <summary>The cell of the expected column at <paramref name="columnPosition"/>; null when empty or absent.</summary>
    public string? Get(TableReader reader, int columnPosition)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Cell(this, columnPosition);
    }

    /// <summary>The cell at a file column index (0-based); null past the row's end.</summary>
    public string? At(int fileColumnIndex) =>
        fileColumnIndex >= 0 && fileColumnIndex < Cells.Count ? Cells[fileColumnIndex] : null;
}

/// <summary>Another sheet of an .xlsx written by <see cref="TableWriter"/> (a code table, notes).</summary>
public sealed record TableSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
