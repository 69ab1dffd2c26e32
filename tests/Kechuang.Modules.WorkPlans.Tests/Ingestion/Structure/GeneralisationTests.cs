using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

/// <summary>Plans written for these tests in the other layouts of the genre (Fixtures/structure).</summary>
public class GeneralisationTests
{
    private static string[] Ordinals(IEnumerable<ParsedTask> tasks) => tasks.Select(t => t.Ordinal).ToArray();

    [Fact]
    public void HanParenSectionsWithDigitParenTasks_AreSectionsAndTasks()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("city_2023_paren_levels.txt"));
        var plan = structure.Plan;

        Assert.Equal(["一", "二", "三"], plan.Sections.Select(s => s.Ordinal));
        Assert.Equal(["强化企业创新主体地位", "提升创新平台能级", "深化科技体制改革"], plan.Sections.Select(s => s.Title));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Ordinals(plan.AllTasks()));
        var task3 = plan.AllTasks().Single(t => t.Ordinal == "3");
        Assert.Equal("支持企业建设研发机构", task3.Title);
        Assert.Contains("①支持龙头企业牵头组建创新联合体；\n②引导规上工业企业设立研发机构。", task3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoticeWithSquareBracketDocNumber_GivesIssuerDocNumberAndDate()
    {
        var plan = StructureFixtures.Analyze(StructureFixtures.FixtureText("city_2023_paren_levels.txt")).Plan;

        Assert.Equal("2023年咸阳市科技工作要点", plan.Title);
        Assert.Equal("咸阳市科学技术局", plan.Issuer);
        Assert.Equal("咸科发[2023]7号", plan.DocNumber);
        Assert.Equal("2023-02-16", plan.IssuedOn);
        Assert.Equal(2023, plan.PlanYear);
        Assert.DoesNotContain("印发", plan.AllTasks().Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineWorkTargetsLabel_GivesTheHeadlineText()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("city_2023_paren_levels.txt"));
        Assert.Equal("全市高新技术企业达到600家，科技型中小企业评价入库1200家以上，技术合同成交额突破120亿元，全社会研发投入强度较上年提高0.1个百分点。",
            structure.HeadlineText);
    }

    [Fact]
    public void HardWrappedProvincePlan_WithTargetsUnderANumberedHeading_HasOnlyTaskBearingSections()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("province_2022_wrapped.txt"));
        var plan = structure.Plan;

        // 一、总体要求 and 二、主要目标 hold no tasks: they are preamble, not sections.
        Assert.Equal(["三", "四", "五"], plan.Sections.Select(s => s.Ordinal));
        Assert.Equal("强化战略科技力量，提升原始创新能力", plan.Sections[0].Title);
        Assert.Equal(["1", "2", "3"], Ordinals(plan.Sections[0].Tasks));
        Assert.Equal(["1", "2"], Ordinals(plan.Sections[1].Tasks));
        Assert.Equal(["1", "2", "3"], Ordinals(plan.Sections[2].Tasks));
        Assert.StartsWith("全社会研发经费投入强度达到2.5%，高新技术企业数量突破5000家", structure.HeadlineText, StringComparison.Ordinal);
        Assert.EndsWith("每万人口高价值发明专利拥有量达到6件。", structure.HeadlineText, StringComparison.Ordinal);
    }

    [Fact]
    public void HardWrappedProvincePlan_DropsPageNumbersAndRunningHeaders()
    {
        var plan = StructureFixtures.Analyze(StructureFixtures.FixtureText("province_2022_wrapped.txt")).Plan;

        Assert.All(plan.AllTasks(), t => Assert.DoesNotContain("科学技术厅文件", t.Text, StringComparison.Ordinal));
        Assert.All(plan.AllTasks(), t => Assert.DoesNotMatch(@"- \d+ -", t.Text));
        Assert.Equal("××科发【2022】12号", plan.DocNumber);
        Assert.Equal("2022-01-28", plan.IssuedOn);
        Assert.Equal("××省科学技术厅", plan.Issuer);
        Assert.Equal("2022年全省科技工作要点", plan.Title);
    }

    [Fact]
    public void PartSections_WithHanParenSubItemsInsideATask_KeepSubItemsInTheTaskText()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("district_2024_parts.txt"));
        var plan = structure.Plan;

        Assert.Equal(["一", "二", "三"], plan.Sections.Select(s => s.Ordinal));
        Assert.Equal("壮大科技企业集群", plan.Sections[0].Title);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Ordinals(plan.AllTasks()));
        var task2 = plan.AllTasks().Single(t => t.Ordinal == "2");
        Assert.Equal("强化企业研发投入引导", task2.Title);
        Assert.EndsWith("（一）对规上工业企业研发投入增量给予奖励；\n（二）推动企业建立研发准备金制度。", task2.Text, StringComparison.Ordinal);
        Assert.Equal("全区高新技术企业净增100家，科技型中小企业入库突破900家，技术合同成交额达到260亿元，新增市级以上研发平台12个。",
            structure.HeadlineText);
        Assert.Equal("雁塔区科技局", plan.Issuer);
        Assert.Equal(2024, plan.PlanYear);
    }

    [Fact]
    public void PlanWithoutSectionLevel_HasOneSectionWithNullOrdinalAndTitle()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("county_2023_flat.txt"));
        var plan = structure.Plan;

        var section = Assert.Single(plan.Sections);
        Assert.Null(section.Ordinal);
        Assert.Null(section.Title);
        Assert.Equal(["1", "2", "3", "4"], Ordinals(section.Tasks));
        Assert.Equal("做好科普工作", section.Tasks[3].Title);
        Assert.DoesNotContain("科学技术局", section.Tasks[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanWithoutNotice_TakesSignatureAndChineseNumeralDateFromTheEnd()
    {
        var structure = StructureFixtures.Analyze(StructureFixtures.FixtureText("county_2023_flat.txt"));

        Assert.Equal("汉阴县科学技术局", structure.Plan.Issuer);
        Assert.Equal("2023-03-08", structure.Plan.IssuedOn);
        Assert.Equal(2023, structure.Plan.PlanYear);
        Assert.Null(structure.Plan.DocNumber);
        Assert.Equal("力争全年新增科技型中小企业20家，高新技术企业达到12家，技术合同登记额突破1.5亿元。", structure.HeadlineText);
    }

    [Fact]
    public void DocxParagraphs_KeepTheirBoundariesAndAutomaticNumbering()
    {
        string[] lines =
        [
            "2025年某市科技工作要点", "", "力争全市高新技术企业突破1000家。", "一、强化企业创新", "1.培育科技企业。新增科技型中小企业200家",
            "落实研发费用加计扣除政策。", "2.建设创新平台。新建重点实验室5家。", "二、优化创新生态", "3.深化科技金融。科技贷款达到10亿元。",
        ];
        var plan = PlanParser.Parse(new PlanDocument(PlanDocumentFormat.Docx, lines, true, null));

        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Ordinal));
        var task1 = plan.AllTasks().First();
        // In a .docx a paragraph without a full stop is still a paragraph of its own.
        Assert.Equal("培育科技企业。新增科技型中小企业200家\n落实研发费用加计扣除政策。", task1.Text);
    }

    [Fact]
    public void NumberingGap_IsReportedAsAWarning()
    {
        var plan = PlanParser.ParseText(string.Join('\n',
            "2024年某县科技工作要点", "一、企业培育", "1.培育科技企业。新增企业10家。", "2.建设平台。新建平台2个。",
            "二、成果转化", "4.转化成果。转化成果20项。", "5.技术市场。登记合同100项。"));

        Assert.Equal(["1", "2", "4", "5"], Ordinals(plan.AllTasks()));
        Assert.Contains(plan.Diagnostics, d => d.Code == "structure-numbering-gap" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void WrappedLineStartingWithANumber_IsNotTakenForATask()
    {
        var plan = PlanParser.ParseText(string.Join('\n',
            "2024年某县科技工作要点", "1.培育科技企业。申报工作的时间节点为", "3.月底前完成，材料报县科技局。", "2.建设平台。新建平台2个。"));

        Assert.Equal(["1", "2"], Ordinals(plan.AllTasks()));
        Assert.Contains("时间节点为3.月底前完成", plan.AllTasks().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Novel_IsRejectedAsNotAPlan()
    {
        var error = Assert.Throws<PlanDocumentException>(
            () => PlanParser.ParseText(StructureFixtures.FixtureText("novel.txt")));
        Assert.Equal(PlanDocumentErrors.NotAPlan, error.Code);
        Assert.Contains("未识别出工作要点的结构", error.Message, StringComparison.Ordinal);
    }
}
