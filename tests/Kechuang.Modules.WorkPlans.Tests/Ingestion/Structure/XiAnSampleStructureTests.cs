using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Diagnostics;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

/// <summary>The Xi'an 2021 sample: OCR-damaged notice wrapper, hard-wrapped lines, a page number mid-sentence.</summary>
public class XiAnSampleStructureTests
{
    private static readonly ParsedPlan Plan = PlanParser.Parse(StructureFixtures.SampleBytes(StructureFixtures.XiAn), "plan.txt");

    [Fact]
    public void Sections_AreTheEightHanNumberedParts()
    {
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], Plan.Sections.Select(s => s.Ordinal));
    }

    [Fact]
    public void SectionTitles_AreJoinedAcrossWrappedLines()
    {
        Assert.Equal("坚持和加强党对科技工作的全面领导，确保“十四五”顺利开局起步", Plan.Sections[0].Title);
        Assert.Equal("培育创新主体，提升企业创新能力", Plan.Sections[1].Title);
        Assert.Equal("强化“科创西安”品牌，营造创新创业良好生态", Plan.Sections[4].Title);
        Assert.Equal("加强机关自身建设，为创新发展提供坚强保证", Plan.Sections[7].Title);
    }

    [Fact]
    public void Tasks_AreNumberedOneToTwentyFourContinuously()
    {
        Assert.Equal(Enumerable.Range(1, 24).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Plan.AllTasks().Select(t => t.Ordinal));
        Assert.Equal([2, 3, 4, 4, 3, 2, 2, 4], Plan.Sections.Select(s => s.Tasks.Count));
    }

    [Fact]
    public void TaskTitle_IsTheLeadPhraseUpToTheFirstFullStop()
    {
        var first = Plan.AllTasks().First();
        Assert.Equal("坚决贯彻落实中央和省市关于科技创新工作的决策部署", first.Title);
        Assert.StartsWith("坚决贯彻落实中央和省市关于科技创新工作的决策部署。发挥党中央统一领导的政治优势", first.Text);
        Assert.Equal("加强科研诚信建设", Plan.AllTasks().Single(t => t.Ordinal == "20").Title);
    }

    [Fact]
    public void PageBreakInsideTask20_IsJoinedAndThePageNumberRemoved()
    {
        var task20 = Plan.AllTasks().Single(t => t.Ordinal == "20");
        Assert.Contains("纠正“四唯”等问题", task20.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("— 9 —", task20.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("9 —", task20.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WrappedLines_JoinWithoutSpacesBetweenChineseAndDigits()
    {
        var task3 = Plan.AllTasks().Single(t => t.Ordinal == "3");
        Assert.Contains("净增2000家", task3.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', task3.Text);
    }

    [Fact]
    public void LastTask_DoesNotSwallowTheIssuedFooter()
    {
        var last = Plan.AllTasks().Last();
        Assert.Equal("24", last.Ordinal);
        Assert.DoesNotContain("印发", last.Text, StringComparison.Ordinal);
        Assert.EndsWith("提高政务服务水平。", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_IsWhatTheNoticeSays_EvenWhereOcrDamagedIt()
    {
        Assert.Equal("市科发〔3031〕34号", Plan.DocNumber);
        Assert.Equal("3031-03-35", Plan.IssuedOn);
        Assert.Equal(3031, Plan.PlanYear);
        Assert.Equal("西安市科学技术局", Plan.Issuer);
        Assert.Equal("3031年西〉市科技工作要点", Plan.Title);
    }

    [Fact]
    public void Diagnostics_SuggestTheReadingsOfTheDamagedYearDateAndPlaceName()
    {
        Assert.Contains(Plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectYear && d.Suggestion == "2021"
            && d.Severity == DiagnosticSeverity.Warning && d.Excerpt.Contains("3031", StringComparison.Ordinal));
        Assert.Contains(Plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate && d.Suggestion == "2021-03-25"
            && d.Excerpt.Contains("3月35日", StringComparison.Ordinal));
        Assert.Contains(Plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectCharacter && d.Suggestion == "西安市"
            && d.Excerpt.Contains("西〉市", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadlineText_IsOnlyThePartAfterTheTargetsLabel()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.SampleText(StructureFixtures.XiAn));
        Assert.NotNull(structure.HeadlineText);
        Assert.StartsWith("国家高新技术企业净增2000家", structure.HeadlineText, StringComparison.Ordinal);
        Assert.EndsWith("引进海外高层次人才100名。", structure.HeadlineText, StringComparison.Ordinal);
        Assert.DoesNotContain("总体思路", structure.HeadlineText, StringComparison.Ordinal);
    }
}
