using System.Diagnostics;
using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Targets;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Targets.TargetAssert;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Targets;

/// <summary>Sentences written in the 工作要点 genre, none taken from the samples.</summary>
public sealed class TargetExtractorGenreTests
{
    [Theory]
    [InlineData("全市研究与试验发展经费年均增长10%以上。", "全市研究与试验发展经费", Growth, Ge, "10", "%")]
    [InlineData("全社会研发投入强度提高0.2个百分点。", "全社会研发投入强度", Difference, Eq, "0.2", "个百分点")]
    [InlineData("研发投入强度高于全国平均水平1个百分点。", "研发投入强度", Difference, Eq, "1", "个百分点")]
    [InlineData("万元地区生产总值能耗控制在3%以内。", "万元地区生产总值能耗", Level, Le, "3", "%")]
    [InlineData("政府性债务规模不超过50亿元。", "政府性债务规模", Level, Le, "50", "亿元")]
    [InlineData("高新技术产业产值突破1000亿元。", "高新技术产业产值", Level, Gt, "1000", "亿元")]
    [InlineData("力争科技型中小企业达到5000家。", "科技型中小企业", Level, Ge, "5000", "家")]
    [InlineData("力争引进急需紧缺人才200名。", "急需紧缺人才", New, Ge, "200", "名")]
    [InlineData("资助科技项目经费5000万元。", "资助科技项目经费", Level, Eq, "5000", "万元")]
    [InlineData("全省技术合同成交额为上年的1.5倍。", "全省技术合同成交额", Multiple, Eq, "1.5", "倍")]
    [InlineData("技术合同成交额达到１２００亿元。", "技术合同成交额", Level, Ge, "1200", "亿元")]
    [InlineData("技术合同成交额达到1200 亿 元。", "技术合同成交额", Level, Ge, "1200", "亿元")]
    [InlineData("技术合同成交额达到1,200亿元。", "技术合同成交额", Level, Ge, "1200", "亿元")]
    [InlineData("全市高新技术企业总数突破1万家。", "全市高新技术企业总数", Level, Gt, "1", "万家")]
    [InlineData("每万人口高价值发明专利拥有量达到15件。", "每万人口高价值发明专利拥有量", Level, Ge, "15", "件")]
    [InlineData("每万人口发明专利拥有量提高到18件。", "每万人口发明专利拥有量", Level, Ge, "18", "件")]
    [InlineData("举办各类科技成果对接活动不少于20场次。", "各类科技成果对接活动", Level, Ge, "20", "场次")]
    [InlineData("累计培育国家级专精特新“小巨人”企业100家。", "国家级专精特新“小巨人”企业", Level, Eq, "100", "家")]
    [InlineData("科技型中小企业评价入库数量较上年增长20%以上。", "科技型中小企业评价入库数量", Growth, Ge, "20", "%")]
    [InlineData("技术合同登记额增长10%左右。", "技术合同登记额", Growth, Eq, "10", "%")]
    [InlineData("城镇登记失业率控制在4.5%以下。", "城镇登记失业率", Level, Le, "4.5", "%")]
    [InlineData("单位GDP能耗下降3%以上。", "单位GDP能耗", Growth, Le, "-3", "%")]
    [InlineData("企业研发投入占全社会研发投入比重不低于75%。", "企业研发投入占全社会研发投入比重", Level, Ge, "75", "%")]
    [InlineData("市本级财政科技支出增长不低于10%。", "市本级财政科技支出", Growth, Ge, "10", "%")]
    [InlineData("确保科技经费投入增幅高于财政经常性收入增幅2个百分点。", "科技经费投入增幅", Difference, Eq, "2", "个百分点")]
    [InlineData("推动100家以上规上企业建立研发机构。", "规上企业建立研发机构", Level, Ge, "100", "家")]
    [InlineData("开展科技活动周、科普日等活动50余场。", "科技活动周、科普日等活动", Level, Gt, "50", "场")]
    [InlineData("受众超过10万人次。", "受众", Level, Gt, "10", "万人次")]
    [InlineData("新建十个院士专家工作站。", "院士专家工作站", New, Eq, "10", "个")]
    [InlineData("培育省级新型研发机构五家以上。", "省级新型研发机构", New, Ge, "5", "家")]
    [InlineData("全年举办路演活动12期。", "路演活动", Level, Eq, "12", "期")]
    [InlineData("2022年全市新增科技型中小企业1500家。", "全市科技型中小企业", New, Eq, "1500", "家")]
    [InlineData("新增孵化面积10万平方米。", "孵化面积", New, Eq, "10", "万平方米")]
    public void OneTarget(string text, string indicator, object measure, object comparator, string value, string unit) =>
        Exactly(text, T(indicator, (TargetMeasure)measure, (TargetComparator)comparator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit));

    [Fact]
    public void SharedVerb_DistributesOverTheList_AndTheNextClause() => Exactly(
        "新认定省级工程技术研究中心15家、省级重点实验室8家，省级临床医学研究中心2家，全市技术合同成交额达到80亿元。",
        T("省级工程技术研究中心", New, Eq, 15, "家"),
        T("省级重点实验室", New, Eq, 8, "家"),
        T("省级临床医学研究中心", New, Eq, 2, "家"),
        T("全市技术合同成交额", Level, Ge, 80, "亿元"));

    [Fact]
    public void HeldOutParagraph_CountyPlan() => Exactly(
        "每年组织科技成果路演不少于12场，科技金融服务平台新增贷款规模20亿元。引进培育创新创业团队30个，新增各类人才1万人。新增科技企业孵化面积5万平方米，孵化器在孵企业超过600家。建设市级重点实验室10个，新型研发机构累计达到50家。",
        T("科技成果路演", Level, Ge, 12, "场"),
        T("科技金融服务平台新增贷款规模", New, Eq, 20, "亿元"),
        T("创新创业团队", New, Eq, 30, "个"),
        T("各类人才", New, Eq, 1, "万人"),
        T("科技企业孵化面积", New, Eq, 5, "万平方米"),
        T("孵化器在孵企业", Level, Gt, 600, "家"),
        T("市级重点实验室", New, Eq, 10, "个"),
        T("新型研发机构", Level, Ge, 50, "家"));

    [Fact]
    public void HeldOutParagraph_ListsAndStriving() => Exactly(
        "新培育创新型领军企业5家、瞪羚企业20家、专精特新企业30家。力争新增上市科技企业3家，新三板挂牌企业5家。实现技术合同成交额500亿元以上，其中技术交易额300亿元。全区研发经费支出年均增速不低于12%。",
        T("创新型领军企业", New, Eq, 5, "家"),
        T("瞪羚企业", New, Eq, 20, "家"),
        T("专精特新企业", New, Eq, 30, "家"),
        T("上市科技企业", New, Ge, 3, "家"),
        T("新三板挂牌企业", New, Ge, 5, "家"),
        T("技术合同成交额", Level, Ge, 500, "亿元"),
        T("技术交易额", Level, Eq, 300, "亿元"),
        T("全区研发经费支出", Growth, Ge, 12, "%"));

    [Fact]
    public void ClauseWithItsOwnVerb_DoesNotInheritTheVerbBefore() => Exactly(
        "新增国家级众创空间2家，选派科技特派员300名。",
        T("国家级众创空间", New, Eq, 2, "家"),
        T("科技特派员", Level, Eq, 300, "名"));

    [Fact]
    public void QuantityBeforeTheNoun_EachItemOfTheList() => Exactly(
        "新增5家国家级孵化器、10家省级众创空间。",
        T("国家级孵化器", New, Eq, 5, "家"),
        T("省级众创空间", New, Eq, 10, "家"));

    [Fact]
    public void DanglingGrowth_TakesTheIndicatorOfTheSentence() => Exactly(
        "全年完成技术交易额500亿元，同比增长12%。",
        T("技术交易额", Level, Eq, 500, "亿元"),
        T("技术交易额", Growth, Eq, 12, "%"));

    [Fact]
    public void Baseline_IsNotATarget() => Exactly(
        "研发经费投入占地区生产总值比重由2.3%提高到2.5%。",
        T("研发经费投入占地区生产总值比重", Level, Ge, 2.5m, "%"));

    [Fact]
    public void Doubling_AndAchievedDoubling() => Exactly(
        "到2025年，技术合同成交额比2020年翻一番，高新技术企业数量实现倍增，科技企业营收翻两番。",
        T("技术合同成交额", Multiple, Eq, 2, null),
        T("高新技术企业数量", Multiple, Eq, 2, null),
        T("科技企业营收", Multiple, Eq, 4, null));

    [Fact]
    public void DoubleDoubling_OfTwoSelfContainedIndicators() => Exactly(
        "高新技术企业数量和科技型中小企业数量实现双翻番。",
        T("高新技术企业数量", Multiple, Eq, 2, null),
        T("科技型中小企业数量", Multiple, Eq, 2, null));

    [Fact]
    public void DoublingProgrammeNames_AreNotTargets() => Exactly("实施创新型企业倍增计划，启动翻番工程建设。");

    [Theory]
    [InlineData("落实“放管服”改革，完成第三批科技计划项目验收，2022年3月底前完成。")]
    [InlineData("按照市科技局〔2021〕15号文件要求，各区县在10个工作日内报送，3个月内完成整改。")]
    [InlineData("实施“十百千”工程，推进“3+X”产业体系和6+5+6+1现代产业体系建设。")]
    [InlineData("区域创新能力排名进入全国前10位，排名第5位，实现“1+N”政策体系全覆盖。")]
    [InlineData("召开第十届科技创新大会，举办第3届创新创业大赛。")]
    [InlineData("建设5G基站，推进2030战略和十四五规划编制。")]
    [InlineData("深入学习党的十九届六中全会精神，坚持“两个确立”，增强四个意识，坚定四个自信。")]
    [InlineData("推进一批重大项目，建设一个平台，做好三农工作，开展三下乡活动。")]
    [InlineData("扎实推进百项科技成果转化行动和千人计划。")]
    [InlineData("编制《2021—2035年中长期科技发展规划》。")]
    public void NotTargets(string text) => Exactly(text);

    [Fact]
    public void Qualitative_OnlyForAnIndicatorFollowedByItsChange()
    {
        var targets = TargetExtractor.Extract("科技创新能力显著增强，创新生态持续优化，进一步提升高校院所科技创新能力。");
        Assert.Equal(["科技创新能力", "创新生态"], targets.Select(t => t.Indicator));
        Assert.All(targets, t => Assert.True(t.Qualitative));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("。。，，、、")]
    [InlineData("“”“”《》")]
    [InlineData("新增")]
    [InlineData("100家")]
    [InlineData("99999999999999999999999999999999家")]
    [InlineData("1.5.6.7%以上以上以上")]
    [InlineData("翻番")]
    [InlineData("双翻番")]
    [InlineData("明显提升")]
    [InlineData("由100%")]
    public void DegenerateInput_NeverThrows(string text) => Assert.NotNull(TargetExtractor.Extract(text));

    [Fact]
    public void RandomText_NeverThrows()
    {
        const string alphabet = "0123456789.,%、，。；：“”《》（）新增净增达到超过以上以内翻番双倍家个名亿元万个百分点一二三十百千与和及实现明显提升 \n";
        var random = new Random(20210325);
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 80);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)]);
            }
            var text = builder.ToString();
            var targets = TargetExtractor.Extract(text);
            Assert.All(targets, t => Assert.False(string.IsNullOrEmpty(t.Indicator), text));
        }
    }

    [Fact]
    public void MegabyteDocument_IsExtractedInLinearTime()
    {
        var paragraph = "新增复合型技术经理人 100 名、新型研发机构 10 家，全市技术市场合同成交额超过 1500 亿元，“1155”工程取得实效，企业创新能力明显提升。";
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(paragraph);
        }
        var text = builder.ToString();
        TargetExtractor.Extract(paragraph);
        var watch = Stopwatch.StartNew();
        var targets = TargetExtractor.Extract(text);
        watch.Stop();
        Assert.Equal(4 * (text.Length / paragraph.Length), targets.Count);
        // The budget is 100 ms for a release build on a quiet machine (measured ~35 ms); this bound only catches a
        // quadratic regression in a debug build on a loaded test run.
        Assert.True(watch.ElapsedMilliseconds < 5000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(500_000, "新")]
    [InlineData(200_000, "“1155")]
    [InlineData(250_000, "翻番")]
    [InlineData(250_000, "一二三")]
    public void PathologicalMegabyte_DoesNotHang(int repeat, string piece)
    {
        var text = new StringBuilder(repeat * piece.Length).Insert(0, piece, repeat).ToString();
        var watch = Stopwatch.StartNew();
        TargetExtractor.Extract(text);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"{watch.ElapsedMilliseconds} ms");
    }
}
