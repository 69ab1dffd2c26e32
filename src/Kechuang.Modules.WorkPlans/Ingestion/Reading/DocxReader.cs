using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// Reads the body of a .docx into one line per paragraph, in body order: numbering rendered into the text, each table
/// row as one line with its cells joined by tabs, text boxes before the paragraph that anchors them, breaks inside a
/// paragraph starting a new line. Deleted revisions, field codes and hidden text are left out.
/// </summary>
internal sealed class DocxReader
{
    private readonly DocxNumbering _numbering;
    private readonly ReadBudget _budget;
    private int _elementsVisited;
    private int _labelLength;

    private DocxReader(DocxNumbering numbering, ReadBudget budget)
    {
        _numbering = numbering;
        _budget = budget;
    }

    public static PlanDocument Read(ReadOnlyMemory<byte> content, PlanReadOptions options, ReadBudget budget)
    {
        using var package = DocxPackageGuard.Sanitize(content, options, budget);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(package, isEditable: false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxDocxUncompressedBytes,
            });
        }
        catch (Exception ex) when (ex is not PlanDocumentException)
        {
            throw ReadFailures.CorruptDocx("文档包结构无效", ex);
        }

        using (document)
        {
            var main = document.MainDocumentPart ?? throw ReadFailures.CorruptDocx("缺少正文部件");
            var body = main.Document?.Body ?? throw ReadFailures.CorruptDocx("缺少正文");
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
            var reader = new DocxReader(numbering, budget);
            var lines = new List<string>();
            reader.ReadBlocks(body, lines);
            if (lines.All(string.IsNullOrWhiteSpace))
            {
                throw ReadFailures.Empty();
            }

            return new PlanDocument(PlanDocumentFormat.Docx, lines, LinesAreParagraphs: true, DetectedEncoding: null);
        }
    }

    private void Visit()
    {
        if (++_elementsVisited % 256 == 0)
        {
            _budget.Check();
        }
    }

    private void ReadBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            Visit();
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, lines);
                    break;
                case Table table:
                    ReadTable(table, lines);
                    break;
                case SectionProperties or TableProperties or TableGrid:
                    break;
                case SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } sdtContent)
                    {
                        ReadBlocks(sdtContent, lines);
                    }

                    break;
                default:
                    ReadBlocks(child, lines);
                    break;
            }
        }
    }

    private void ReadTable(Table table, List<string> lines)
    {
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().FirstOrDefault() == table))
        {
            Visit();
            var cells = row.Descendants<TableCell>()
                .Where(c => c.Ancestors<TableRow>().FirstOrDefault() == row)
                .Select(cell =>
                {
                    var cellLines = new List<string>();
                    ReadBlocks(cell, cellLines);
                    return string.Join(" ", cellLines.Select(l => l.Trim()).Where(l => l.Length > 0));
                })
                .ToList();
            lines.Add(string.Join("\t", cells).TrimEnd('\t'));
        }
    }

    private void ReadParagraph(Paragraph paragraph, List<string> lines)
    {
        var label = _numbering.Next(paragraph);
        var segments = new List<StringBuilder> { new(label) };
        var anchored = new List<string>();
        var outerLabelLength = _labelLength;
        _labelLength = label.Length;
        ReadInline(paragraph, segments, anchored);
        _labelLength = outerLabelLength;
        lines.AddRange(anchored);
        lines.AddRange(segments.Select(s => s.ToString()));
    }

    private void ReadInline(OpenXmlElement container, List<StringBuilder> segments, List<string> anchored)
    {
        foreach (var child in container.ChildElements)
        {
            Visit();
            switch (child)
            {
                case ParagraphProperties or DeletedRun or MoveFromRun or SdtProperties or SdtEndCharProperties:
                    break;
                case Run run:
                    if (!IsHidden(run))
                    {
                        ReadRun(run, segments, anchored);
                    }

                    break;
                case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                    segments[^1].Append(child.InnerText);
                    break;
                default:
                    ReadInline(child, segments, anchored);
                    break;
            }
        }
    }

    private void ReadRun(Run run, List<StringBuilder> segments, List<string> anchored)
    {
        foreach (var child in run.ChildElements)
        {
            Visit();
            switch (child)
            {
                case Text text:
                    segments[^1].Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    segments[^1].Append('\t');
                    break;
                case Break or CarriageReturn:
                    // A page break before a heading is not a line of its own.
                    if (segments[^1].Length > (segments.Count == 1 ? _labelLength : 0))
                    {
                        segments.Add(new StringBuilder());
                    }

                    break;
                case NoBreakHyphen:
                    segments[^1].Append('-');
                    break;
                case SymbolChar symbol when SymbolText(symbol) is { } symbolText:
                    segments[^1].Append(symbolText);
                    break;
                case AlternateContent alternate:
                    var chosen = alternate.GetFirstChild<AlternateContentChoice>()
                        ?? (OpenXmlElement?)alternate.GetFirstChild<AlternateContentFallback>();
                    if (chosen is not null)
                    {
                        ReadTextBoxes(chosen, anchored);
                    }

                    break;
                case Drawing or Picture or EmbeddedObject:
                    ReadTextBoxes(child, anchored);
                    break;
            }
        }
    }

    private void ReadTextBoxes(OpenXmlElement element, List<string> anchored)
    {
        foreach (var textBox in element.Descendants<TextBoxContent>())
        {
            ReadBlocks(textBox, anchored);
        }
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);

    /// <summary>w:sym holds a character code; codes in the F0xx range are glyphs of symbol fonts with no text meaning.</summary>
    private static string? SymbolText(SymbolChar symbol)
    {
        if (symbol.Char?.Value is not { } hex
            || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)
            || code is >= 0xF000 and <= 0xF0FF or < 0x20 or > 0xFFFF
            || char.IsSurrogate((char)code))
        {
            return null;
        }

        return ((char)code).ToString();
    }
}
