using Kechuang.Modules.WorkPlans.Ingestion.Layout;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Ingestion;

/// <summary>The ingestion pipeline: read → repair layout → parse structure (targets and diagnostics inside).</summary>
public static class PlanParser
{
    /// <exception cref="PlanDocumentException">the document cannot be read as a plan; nothing else escapes.</exception>
    public static ParsedPlan Parse(ReadOnlyMemory<byte> content, string fileName, PlanReadOptions? options = null)
    {
        var document = PlanDocumentReader.Read(content, fileName, options ?? PlanReadOptions.Default);
        return Parse(document);
    }

    public static ParsedPlan Parse(PlanDocument document)
    {
        var paragraphs = LayoutRepair.Repair(document);
        return PlanStructureParser.Parse(paragraphs);
    }

    public static ParsedPlan ParseText(string text) =>
        Parse(new PlanDocument(PlanDocumentFormat.Text, text.Split('\n'), false, null));
}
