namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>Reads .txt (UTF-8, UTF-16 with BOM, GB18030/GBK), .docx and .pdf (text layer) into lines.</summary>
public static class PlanDocumentReader
{
    /// <exception cref="PlanDocumentException">the bytes are not a readable plan document.</exception>
    public static PlanDocument Read(ReadOnlyMemory<byte> content, string fileName, PlanReadOptions options)
    {
        // Placeholder until the reader lands: UTF-8 text only.
        _ = fileName;
        _ = options;
        var text = System.Text.Encoding.UTF8.GetString(content.Span);
        return new PlanDocument(PlanDocumentFormat.Text, text.Split('\n'), false, "utf-8");
    }
}
