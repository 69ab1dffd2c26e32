using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class PdfReaderTests
{
    [Fact]
    public void ChromiumPrintedPlan_ReadsLinesInOrder()
    {
        var document = Read(Fixture("plan-cjk.pdf"), "2024年工作要点.pdf");

        Assert.Equal(PlanDocumentFormat.Pdf, document.Format);
        Assert.False(document.LinesAreParagraphs);
        foreach (var line in document.Lines)
        {
            Console.WriteLine("|" + line + "|");
        }
    }
}
