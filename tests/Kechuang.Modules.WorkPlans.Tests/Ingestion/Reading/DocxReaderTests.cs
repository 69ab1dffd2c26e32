using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.DocxFixtures;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class DocxReaderTests
{
    [Fact]
    public void AutomaticNumbering_IsRenderedIntoParagraphText()
    {
        var document = Read(SimplePlan(), "工作要点.docx");

        Assert.Equal(PlanDocumentFormat.Docx, document.Format);
        Assert.True(document.LinesAreParagraphs);
        Assert.Null(document.DetectedEncoding);
        Assert.Equal(
            [
                "2024年某区科技工作要点",
                "一、强化企业创新主体地位",
                "1.培育科技型企业。新增国家高新技术企业50家。",
                "二、推动成果转化",
                "2.建设技术转移机构。新增技术转移示范机构2家。",
            ],
            document.Lines);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void TaskLevel_RestartsWhenSectionAdvances_UnlessLevelRestartIsZero()
    {
        var bytes = Build(body => body.Append(
                Numbered("甲", RestartedSectionList, 0),
                Numbered("任务一", RestartedSectionList, 1),
                Numbered("子项", RestartedSectionList, 2),
                Numbered("任务二", RestartedSectionList, 1),
                Numbered("乙", RestartedSectionList, 0),
                Numbered("任务三", RestartedSectionList, 1)),
            PlanNumbering);

        Assert.Equal(["一、甲", "1. 任务一", "1.1 子项", "2. 任务二", "二、乙", "1. 任务三"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void BracketedLevels_HaveNoSeparatorAfterFullWidthBracket()
    {
        var bytes = Build(body => body.Append(
                Numbered("总体要求", BracketList, 0),
                Numbered("坚持创新引领", BracketList, 1),
                Numbered("重点任务", BracketList, 0)),
            PlanNumbering);

        Assert.Equal(["（一）总体要求", "（1）坚持创新引领", "（二）重点任务"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void NumberingInheritedFromParagraphStyle_ThroughBasedOn()
    {
        var bytes = Build(
            body => body.Append(
                Styled("加强基础研究", "PlanSection"),
                Plain("正文段落"),
                Styled("深化体制改革", "PlanSectionRed")),
            numbering => numbering.Append(
                Abstract(5, Level(0, "chineseCounting", "%1、", style: "PlanSection", suffix: "nothing")),
                Instance(7, 5)),
            styles => styles.Append(
                new Style(
                    new StyleName { Val = "Plan Section" },
                    new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 7 })))
                { Type = StyleValues.Paragraph, StyleId = "PlanSection" },
                new Style(new StyleName { Val = "Plan Section Red" }, new BasedOn { Val = "PlanSection" })
                { Type = StyleValues.Paragraph, StyleId = "PlanSectionRed" }));

        Assert.Equal(["一、加强基础研究", "正文段落", "二、深化体制改革"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void InstancesOfOneList_Continue_UnlessStartIsOverridden()
    {
        var bytes = Build(
            body => body.Append(
                Numbered("甲", 1, 0),
                Numbered("乙", 1, 0),
                Numbered("丙", 10, 0),
                Numbered("丁", 11, 0),
                Numbered("戊", 0, 0)),
            numbering =>
            {
                PlanNumbering(numbering);
                numbering.Append(Instance(10, 0), Instance(11, 0, restartLevel0At: 1));
            });

        Assert.Equal(["一、甲", "二、乙", "三、丙", "一、丁", "戊"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void StartValuesAndFormats_FollowTheLevelDefinition()
    {
        var bytes = Build(
            body => body.Append(
                Numbered("全角", 1, 0), Numbered("全角", 1, 0),
                Numbered("千位", 2, 0),
                Numbered("天干", 3, 0),
                Numbered("圈号", 4, 0),
                Numbered("项目符号", 5, 0)),
            numbering => numbering.Append(
                Abstract(0, Level(0, "decimalFullWidth", "%1．", start: 3)),
                Abstract(1, Level(0, "chineseCountingThousand", "第%1部分", start: 11, suffix: "space")),
                Abstract(2, Level(0, "ideographTraditional", "%1、")),
                Abstract(3, Level(0, "decimalEnclosedCircle", "%1", suffix: "nothing")),
                Abstract(4, Level(0, "bullet", "\uF0B7")),
                Instance(1, 0), Instance(2, 1), Instance(3, 2), Instance(4, 3), Instance(5, 4)));

        Assert.Equal(["３．全角", "４．全角", "第十一部分 千位", "甲、天干", "①圈号", "项目符号"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void TableRows_BecomeOneLineEach_WithCellsJoinedByTab()
    {
        var bytes = Build(body => body.Append(
            Plain("重点任务分解表"),
            Table(["序号", "任务", "责任单位"], ["1", "新增高新技术企业 200 家", "高新处"]),
            Plain("表后段落")));

        Assert.Equal(["重点任务分解表", "序号\t任务\t责任单位", "1\t新增高新技术企业 200 家\t高新处", "表后段落"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void NumberedParagraphsInsideTables_AdvanceTheSameCounters()
    {
        var bytes = Build(
            body =>
            {
                body.Append(Numbered("第一项", SectionList, 0));
                var table = new Table(new TableRow(
                    new TableCell(Numbered("第二项", SectionList, 0)),
                    new TableCell(new Paragraph(new Run(new Text("说明"))))));
                body.Append(table, Numbered("第三项", SectionList, 0));
            },
            PlanNumbering);

        Assert.Equal(["一、第一项", "二、第二项\t说明", "三、第三项"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void TabsAndBreaksInRuns_BecomeTabsAndNewLines()
    {
        var bytes = Build(body => body.Append(new Paragraph(
            new Run(new Text("主要目标"), new TabChar(), new Text("2024年")),
            new Run(new Break(), new Text("新增企业 100 家")))));

        Assert.Equal(["主要目标\t2024年", "新增企业 100 家"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void DeletedRevisionsHiddenTextAndFieldCodes_AreLeftOut()
    {
        var bytes = Build(body => body.Append(new Paragraph(
            new Run(new Text("保留")),
            new DeletedRun(new Run(new DeletedText("删除"))),
            new InsertedRun(new Run(new Text("插入"))),
            new Run(new RunProperties(new Vanish()), new Text("隐藏")),
            new Run(new FieldCode(" PAGE ")),
            new Hyperlink(new Run(new Text("链接"))))));

        Assert.Equal(["保留插入链接"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void TextBoxes_AreReadBeforeTheParagraphThatAnchorsThem()
    {
        var textBox = new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new Text("西安市科学技术局文件")))));
        var bytes = Build(body => body.Append(
            new Paragraph(new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(textBox))), new Run(new Text("市科发〔2024〕1号"))),
            Plain("正文")));

        Assert.Equal(["西安市科学技术局文件", "市科发〔2024〕1号", "正文"], Read(bytes, "a.docx").Lines);
    }

    [Fact]
    public void DocxUnderTxtExtension_IsReadByContent_WithANote()
    {
        var document = Read(SimplePlan(), "工作要点.txt");

        Assert.Equal(PlanDocumentFormat.Docx, document.Format);
        var warning = Assert.Single(document.Warnings);
        AssertChinese(warning);
    }

    [Fact]
    public void DocxWithoutText_IsRefusedAsEmpty() =>
        AssertRefused(Build(body => body.Append(Plain("  "), new Paragraph())), "空白.docx", PlanDocumentErrors.Empty);
}
