namespace Kechuang.Modules.WorkPlans.Ingestion;

/// <summary>
/// The only exception the ingestion pipeline lets out: the document cannot be read as a plan. <see cref="Code"/>
/// is stable (for tests and API clients), <see cref="Exception.Message"/> is the Chinese text shown to the user.
/// </summary>
public sealed class PlanDocumentException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
}

/// <summary>Stable codes of <see cref="PlanDocumentException"/>.</summary>
public static class PlanDocumentErrors
{
    public const string Empty = "document-empty";
    public const string TooLarge = "document-too-large";
    public const string UnsupportedFormat = "document-unsupported-format";
    public const string Binary = "document-binary";
    public const string UndecodableText = "document-undecodable-text";
    public const string CorruptDocx = "document-corrupt-docx";
    public const string DocxBomb = "document-docx-bomb";
    public const string EncryptedDocx = "document-encrypted-docx";
    public const string LegacyDoc = "document-legacy-doc";
    public const string CorruptPdf = "document-corrupt-pdf";
    public const string EncryptedPdf = "document-encrypted-pdf";
    public const string ScannedPdf = "document-needs-ocr";
    public const string NotAPlan = "document-not-a-plan";
    public const string Timeout = "document-timeout";
}
