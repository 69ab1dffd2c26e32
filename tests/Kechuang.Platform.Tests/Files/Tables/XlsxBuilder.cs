using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kechuang.Platform.Tests.Files.Tables;

/// <summary>
/// Writes .xlsx files the way Excel does — shared strings, date styles, formulas with cached values, merged cells,
/// rows left out — which MiniExcel's own writer cannot produce.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly SortedDictionary<int, SortedDictionary<string, Cell>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly List<string> _strings = [];

    public const uint DateStyle = 1;
    public const uint DateTimeStyle = 2;

    public XlsxBuilder Text(string reference, string text)
    {
        var index = _strings.IndexOf(text);
        if (index < 0)
        {
            _strings.Add(text);
            index = _strings.Count - 1;
        }
        return Put(reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index) });
    }

    public XlsxBuilder Number(string reference, double value, uint style = 0) =>
        Put(reference, new Cell { CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style });

    public XlsxBuilder Date(string reference, DateTime value) =>
        Number(reference, value.ToOADate(), value.TimeOfDay == TimeSpan.Zero ? DateStyle : DateTimeStyle);

    public XlsxBuilder Bool(string reference, bool value) =>
        Put(reference, new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public XlsxBuilder Formula(string reference, string formula, double cachedValue) =>
        Put(reference, new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cachedValue) });

    /// <summary>An empty cell, as Excel writes for the covered cells of a merged range that carry a border.</summary>
    public XlsxBuilder Blank(string reference) => Put(reference, new Cell());

    public XlsxBuilder Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy/m/d h:mm" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(_strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in _rows)
            {
                var row = new Row { RowIndex = (uint)number };
                foreach (var cell in cells.Values)
                {
                    row.Append(cell);
                }
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (_merges.Count > 0)
            {
                worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
            }
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }
        return buffer.ToArray();
    }

    private XlsxBuilder Put(string reference, Cell cell)
    {
        cell.CellReference = reference;
        var digits = reference.AsSpan().IndexOfAnyInRange('0', '9');
        var row = int.Parse(reference.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture);
        var column = reference[..digits];
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = new SortedDictionary<string, Cell>(Comparer<string>.Create((a, b) =>
                a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b)));
        }
        cells[column] = cell;
        return this;
    }
}
