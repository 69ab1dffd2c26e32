namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

public enum PlanDocumentFormat
{
    Text,
    Docx,
    Pdf,
}

/// <summary>
/// A document reduced to lines of text. For .txt and .pdf a line is a physical line (layout repair decides what
/// belongs together); for .docx a line is a real paragraph (<see cref="LinesAreParagraphs"/>), with automatic
/// numbering rendered into its text ("一、", "1.") and each table row rendered as one line, cells joined by tabs.
/// </summary>
public sealed record PlanDocument(
    PlanDocumentFormat Format,
    IReadOnlyList<string> Lines,
    bool LinesAreParagraphs,
    string? DetectedEncoding)
{
    /// <summary>Chinese notes for the import preview about what was read only in part (e.g. PDF pages without text).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
