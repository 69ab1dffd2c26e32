using Kechuang.Modules.WorkPlans.Ingestion.Layout;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Layout;

public class LayoutRepairTests
{
    private static IReadOnlyList<string> Repair(params string[] lines) =>
        LayoutRepair.Repair(new PlanDocument(PlanDocumentFormat.Text, lines, false, null));

    [Theory]
    [InlineData("— 9 —")]
    [InlineData("- 9 -")]
    [InlineData("－9－")]
    [InlineData("第9页")]
    [InlineData("第 9 页 共 20 页")]
    [InlineData("9/20")]
    [InlineData("12")]
    public void PageNumberLine_IsDroppedAndTheSentenceAroundItJoined(string pageNumber)
    {
        var paragraphs = Repair("一、加强科研诚信", "1.完善评价制度。切实在项目、人才等领域纠", "", pageNumber, "", "正“四唯”等问题。");

        Assert.Equal(["一、加强科研诚信", "1.完善评价制度。切实在项目、人才等领域纠正“四唯”等问题。"], paragraphs);
    }

    [Fact]
    public void AmountSplitAcrossLines_IsRejoined()
    {
        var paragraphs = Repair("目标是：技术合同成交额超过 1200 亿", "", "元。", "一、加强党建");

        Assert.Equal(["目标是：技术合同成交额超过1200亿元。", "一、加强党建"], paragraphs);
    }

    [Fact]
    public void FullWidthDigitsAndPunctuation_AreFolded()
    {
        var paragraphs = Repair("１．研发投入强度达到２．５％以上。");

        Assert.Equal(["1.研发投入强度达到2.5%以上。"], paragraphs);
    }

    [Fact]
    public void BomZeroWidthAndOcrSpaces_AreRemoved_ButSpacesBetweenLatinWordsAndBetweenNamesKept()
    {
        var paragraphs = Repair("\uFEFF省委科技工委 省科技厅 2020 年科技\u200B工作要点", "R&D 经费投入强度 high tech 企业。");

        Assert.Equal(["省委科技工委 省科技厅2020年科技工作要点", "R&D经费投入强度high tech企业。"], paragraphs);
    }

    [Fact]
    public void LatinWordsSplitAcrossLines_KeepOneSpace_NumbersJoin()
    {
        var paragraphs = Repair("为推动产业发展，建设 Open", "Lab 平台，新增 50", "00 家企业。");

        Assert.Equal(["为推动产业发展，建设Open Lab平台，新增5000家企业。"], paragraphs);
    }

    [Fact]
    public void RepeatedRunningHeader_IsDropped()
    {
        var paragraphs = Repair(
            "某省科学技术厅", "1.加强平台建设。新建实验室", "某省科学技术厅", "5家。", "2.培育企业。新增企业", "某省科学技术厅", "10家。");

        Assert.Equal(["1.加强平台建设。新建实验室5家。", "2.培育企业。新增企业10家。"], paragraphs);
    }

    [Fact]
    public void HeadingLine_DoesNotSwallowTheNextNumberedLine()
    {
        var paragraphs = Repair("一、坚持和加强党对科技工作的全面领导，统筹谋划", "1. 深入学习贯彻。", "2. 加强战略谋划。");

        Assert.Equal(["一、坚持和加强党对科技工作的全面领导，统筹谋划", "1.深入学习贯彻。", "2.加强战略谋划。"], paragraphs);
    }

    [Fact]
    public void ShortTitleLine_IsNotJoinedToTheBody()
    {
        var paragraphs = Repair("2023年某市科技工作要点", "", "2023年是全面贯彻落实党的二十大精神的开局之年，全市科技工作", "要坚持创新驱动。");

        Assert.Equal(["2023年某市科技工作要点", "2023年是全面贯彻落实党的二十大精神的开局之年，全市科技工作要坚持创新驱动。"], paragraphs);
    }

    [Fact]
    public void DocxParagraphs_AreKeptAsTheyAre_ExceptEmptyOnesAndPageNumbers()
    {
        var paragraphs = LayoutRepair.Repair(new PlanDocument(
            PlanDocumentFormat.Docx, ["一、强化企业创新", "", "新增科技型中小企业", "- 2 -", "200家。"], true, null));

        Assert.Equal(["一、强化企业创新", "新增科技型中小企业", "200家。"], paragraphs);
    }
}
