using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

/// <summary>The Shaanxi 2020 sample: one line per paragraph, some paragraphs broken, no notice wrapper.</summary>
public class ShaanxiSampleStructureTests
{
    private static readonly ParsedPlan Plan = PlanParser.Parse(StructureFixtures.SampleBytes(StructureFixtures.Shaanxi), "plan.txt");

    [Fact]
    public void Structure_HasTenSectionsAndThirtyFiveTasks()
    {
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"], Plan.Sections.Select(s => s.Ordinal));
        Assert.Equal(Enumerable.Range(1, 35).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Plan.AllTasks().Select(t => t.Ordinal));
        Assert.Equal("坚持和加强党对科技工作的全面领导，统筹谋划科技创新改革发展", Plan.Sections[0].Title);
        Assert.Equal("加强自身建设，为创新改革发展提供坚强保障", Plan.Sections[9].Title);
    }

    [Fact]
    public void Metadata_WithoutNotice_ComesFromTheTitle()
    {
        Assert.Null(Plan.DocNumber);
        Assert.Null(Plan.IssuedOn);
        Assert.Equal(2020, Plan.PlanYear);
        Assert.Equal("省委科技工委 省科技厅", Plan.Issuer);
        Assert.Equal("省委科技工委 省科技厅2020年科技工作要点", Plan.Title);
    }

    [Fact]
    public void HeadlineParagraph_IsRejoinedAcrossTheBrokenAmount()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.SampleText(StructureFixtures.Shaanxi));
        Assert.NotNull(structure.HeadlineText);
        Assert.StartsWith("综合科技创新水平指数达到67.4%", structure.HeadlineText, StringComparison.Ordinal);
        Assert.EndsWith("技术合同成交额超过1200亿元。", structure.HeadlineText, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenTaskParagraph_IsRejoined()
    {
        var task3 = Plan.AllTasks().Single(t => t.Ordinal == "3");
        Assert.Equal("提升科技创新治理能力", task3.Title);
        Assert.Contains("运用区块链、互联网、大数据、人工智能等技术手段", task3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgrammeNamesWithDigits_AreNotTakenForNumbering()
    {
        var task10 = Plan.AllTasks().Single(t => t.Ordinal == "10");
        Assert.Equal("深入实施“1155”工程", task10.Title);
    }

    [Fact]
    public void Diagnostics_ReportNoOcrDamage()
    {
        Assert.DoesNotContain(Plan.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }
}
