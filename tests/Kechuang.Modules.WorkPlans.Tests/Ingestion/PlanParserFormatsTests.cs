using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.DocxFixtures;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion;

/// <summary>The whole pipeline (read → layout → structure → targets) on each input format, with documents written
/// for these tests in layouts the samples do not use.</summary>
public sealed class PlanParserFormatsTests
{
    [Fact]
    public void DocxWithAutomaticNumbering_TasksRestartingPerSection_ParsesIntoSectionsTasksAndTargets()
    {
        var bytes = Build(body => body.Append(
                Plain("2024年某区科技工作要点"),
                Plain("2024年全区科技工作的主要目标是：新增国家高新技术企业60家，技术合同成交额突破15亿元。"),
                Numbered("强化企业创新主体地位", RestartedSectionList, 0),
                Numbered("培育科技型企业。全年新增国家高新技术企业60家，科技型中小企业入库300家以上。", RestartedSectionList, 1),
                Numbered("支持企业研发投入。规上工业企业研发投入强度达到1.8%。", RestartedSectionList, 1),
                Numbered("推动科技成果转化", RestartedSectionList, 0),
                Numbered("建设技术转移机构。新增技术转移示范机构2家。", RestartedSectionList, 1)),
            PlanNumbering);

        var plan = PlanParser.Parse(bytes, "2024年某区科技工作要点.docx");

        Assert.Equal("2024年某区科技工作要点", plan.Title);
        Assert.Equal(2024, plan.PlanYear);
        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Ordinal));
        Assert.Equal("强化企业创新主体地位", plan.Sections[0].Title);
        Assert.Equal(["1", "2"], plan.Sections[0].Tasks.Select(t => t.Ordinal));
        Assert.Equal(["1"], plan.Sections[1].Tasks.Select(t => t.Ordinal));
        Assert.Equal("培育科技型企业", plan.Sections[0].Tasks[0].Title);
        Assert.Equal(2, plan.HeadlineTargets.Count(t => !t.Qualitative));
        var hightech = Assert.Single(plan.Sections[0].Tasks[0].Targets, t => t.Value == 60);
        Assert.Equal(TargetMeasure.New, hightech.Measure);
        Assert.Equal("家", hightech.Unit);
        var intensity = Assert.Single(plan.Sections[0].Tasks[1].Targets);
        Assert.Equal((1.8m, "%", TargetComparator.AtLeast), (intensity.Value!.Value, intensity.Unit, intensity.Comparator));
    }

    [Fact]
    public void PdfWithATextLayer_ParsesIntoSectionsTasksAndTargets()
    {
        var plan = PlanParser.Parse(Fixture("plan-cjk.pdf"), "2024年某市科技工作要点.pdf");

        Assert.Equal("2024年某市科技工作要点", plan.Title);
        Assert.Equal(2024, plan.PlanYear);
        Assert.Equal(2, plan.Sections.Count);
        Assert.Equal(["1", "2", "3", "4"], plan.Sections.SelectMany(s => s.Tasks).Select(t => t.Ordinal));
        Assert.Equal(3, plan.HeadlineTargets.Count(t => !t.Qualitative));
        Assert.Contains(plan.Sections[1].Tasks[1].Targets, t => t.Value == 30 && t.Unit == "场" && t.Comparator == TargetComparator.AtLeast);
    }

    [Fact]
    public void GbkEncodedSample_ParsesExactlyLikeTheUtf8Original()
    {
        var utf8 = Encoding.UTF8.GetString(File.ReadAllBytes(Kechuang.Testing.Fixtures.SamplePlan("003_4c21071a2a86211b.txt")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936).GetBytes(utf8);

        var fromGbk = PlanParser.Parse(gbk, "工作要点.txt");
        var fromUtf8 = PlanParser.ParseText(utf8);

        Assert.Equal(PlanJson.Serialize(fromUtf8), PlanJson.Serialize(fromGbk));
        Assert.Equal(35, fromGbk.Sections.Sum(s => s.Tasks.Count));
    }
}
