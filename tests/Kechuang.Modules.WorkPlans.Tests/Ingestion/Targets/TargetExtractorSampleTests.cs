using Kechuang.Modules.WorkPlans.Ingestion.Targets;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Targets.TargetAssert;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Targets;

/// <summary>Golden targets of the two sample plans, on their paragraphs as layout repair hands them over.</summary>
public sealed class TargetExtractorSampleTests
{
    private const string XianHeadline =
        "国家高新技术企业净增 2000 家，科技型中小企业评价入库超过 7000 家。全社会研发投入强度保持在 5%以上，规上工业企业研发投入强度达到 1.5%以上，年度规上工业企业研发经费支出增速 7%以上。全市技术市场合同成交额超过 1500 亿元，本地吸纳额 350 亿元以上。新增复合型技术经理人 100 名、新型研发机构 10 家、市级及以上重点实验室、工程技术研究中心 70 家。市级以上众创载体达到 290 家。服务科技企业贷款不少于 650 家，科技贷款达到 30 亿元。引进海外高层次人才 100 名。";

    private const string ShaanxiHeadline =
        "综合科技创新水平指数达到 67.4%，全国排名有所提升。全社会 R&D 经费投入强度达到 2.20%，企业 R&D 经费投入占比明显提升。新建国家级高新区、国家农业科技园区、国家重点实验室、国家技术创新中心等国家级科技创新平台基地 4 家。“1155”工程取得实效，新建“四主体一联合”研发平台 20 家、“双创”孵化载体 50 家，省中小企业研发服务平台合同数量与成交金额实现双翻番。高新技术企业数量净增 20%以上，高技术产业、战略性新兴产业增加值明显提升。技术合同成交额超过 1200 亿元。";

    private static readonly Expected[] XianHeadlineTargets =
    [
        T("国家高新技术企业", Net, Eq, 2000, "家"),
        T("科技型中小企业评价入库", Level, Gt, 7000, "家"),
        T("全社会研发投入强度", Level, Ge, 5, "%"),
        T("规上工业企业研发投入强度", Level, Ge, 1.5m, "%"),
        T("规上工业企业研发经费支出", Growth, Ge, 7, "%"),
        T("全市技术市场合同成交额", Level, Gt, 1500, "亿元"),
        T("本地吸纳额", Level, Ge, 350, "亿元"),
        T("复合型技术经理人", New, Eq, 100, "名"),
        T("新型研发机构", New, Eq, 10, "家"),
        T("市级及以上重点实验室、工程技术研究中心", New, Eq, 70, "家"),
        T("市级以上众创载体", Level, Ge, 290, "家"),
        T("服务科技企业贷款", Level, Ge, 650, "家"),
        T("科技贷款", Level, Ge, 30, "亿元"),
        T("海外高层次人才", New, Eq, 100, "名"),
    ];

    private static readonly Expected[] ShaanxiHeadlineTargets =
    [
        T("综合科技创新水平指数", Level, Ge, 67.4m, "%"),
        T("全社会R&D经费投入强度", Level, Ge, 2.20m, "%"),
        T("国家级高新区、国家农业科技园区、国家重点实验室、国家技术创新中心等国家级科技创新平台基地", New, Eq, 4, "家"),
        T("“四主体一联合”研发平台", New, Eq, 20, "家"),
        T("“双创”孵化载体", New, Eq, 50, "家"),
        T("省中小企业研发服务平台合同数量", Multiple, Eq, 2, null),
        T("省中小企业研发服务平台成交金额", Multiple, Eq, 2, null),
        T("高新技术企业数量", Net, Ge, 20, "%"),
        T("技术合同成交额", Level, Gt, 1200, "亿元"),
    ];

    [Fact]
    public void XianHeadline_HasFourteenNumericTargets() => Exactly(XianHeadline, XianHeadlineTargets);

    [Fact]
    public void XianHeadline_WithoutSpacesBetweenDigitsAndHan_HasTheSameTargets() =>
        Exactly(XianHeadline.Replace(" ", "", StringComparison.Ordinal), XianHeadlineTargets);

    [Fact]
    public void XianHeadline_TargetTextIsTheStatingClause()
    {
        var targets = Numeric(XianHeadline);
        Assert.Equal("国家高新技术企业净增2000家", targets[0].Text);
        Assert.Equal("全社会研发投入强度保持在5%以上", targets[2].Text);
        Assert.Equal("新增复合型技术经理人100名", targets[7].Text);
        Assert.Equal("引进海外高层次人才100名", targets[13].Text);
    }

    [Fact]
    public void XianHeadline_HasNoQualitativeTargets() =>
        Assert.DoesNotContain(TargetExtractor.Extract(XianHeadline), t => t.Qualitative);

    [Fact]
    public void ShaanxiHeadline_HasNineNumericTargets_TheDoubleDoublingCountingTwice() =>
        Exactly(ShaanxiHeadline, ShaanxiHeadlineTargets);

    [Fact]
    public void ShaanxiHeadline_WithoutSpaces_HasTheSameTargets() =>
        Exactly(ShaanxiHeadline.Replace(" ", "", StringComparison.Ordinal), ShaanxiHeadlineTargets);

    [Fact]
    public void ShaanxiHeadline_AmountSplitAcrossALineBreak_IsStillOneAmount() =>
        Exactly(ShaanxiHeadline.Replace("1200 亿元", "1200 亿\n\n元", StringComparison.Ordinal), ShaanxiHeadlineTargets);

    [Fact]
    public void ShaanxiHeadline_KeepsTheValueAsWritten()
    {
        var rd = Numeric(ShaanxiHeadline)[1];
        Assert.Equal("2.20", rd.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ShaanxiHeadline_ListsTheQualitativeCommitments()
    {
        var qualitative = TargetExtractor.Extract(ShaanxiHeadline).Where(t => t.Qualitative).ToList();
        Assert.Equal(["全国排名", "企业R&D经费投入占比", "高技术产业、战略性新兴产业增加值"], qualitative.Select(t => t.Indicator));
        Assert.All(qualitative, t =>
        {
            Assert.Null(t.Value);
            Assert.Null(t.Unit);
        });
    }

    [Fact]
    public void ShaanxiHeadline_NamedProgrammeWithDigits_IsNotATarget() =>
        Assert.DoesNotContain(TargetExtractor.Extract(ShaanxiHeadline), t => t.Text.Contains("1155", StringComparison.Ordinal)
            && !t.Text.Contains("新建", StringComparison.Ordinal));

    [Fact]
    public void XianTask3_NetIncreaseRecognitionAndRegistration() => Exactly(
        "3.实施创新型企业倍增计划。按照“微成长、小升规、规上市”培育路径，分层分类精准指导服务，依托高新区开展企业创新积分制试点，建立高新技术企业培育库，对认定的国家高新技术企业给予奖励，全市国家高新技术企业净增 2000 家。认定市级及以上瞪羚企业 50 家，入库科技型中小企业 7000 家。大力弘扬企业家精神，及时挖掘和宣传优秀企业和企业家典型。",
        T("全市国家高新技术企业", Net, Eq, 2000, "家"),
        T("市级及以上瞪羚企业", New, Eq, 50, "家"),
        T("入库科技型中小企业", Level, Eq, 7000, "家"));

    [Fact]
    public void XianTask5_IndustrySystemFormula_IsNotATarget() => Exactly(
        "5.建立“双招双引”联动机制。发挥科技优势开展专业招商，做好企业对接服务、跟踪落地。围绕加快构建全市“6+5+6+1”现代产业体系，重点引进一批行业隐形冠军、独角兽企业、瞪羚企业，做大做强科技创新企业集群。");

    [Fact]
    public void XianTask5_IndustrySystemFormulaWithoutQuotes_IsNotATarget() =>
        Exactly("围绕加快构建全市6+5+6+1现代产业体系，重点引进一批行业隐形冠军。");

    [Fact]
    public void XianTask6_EventsAndPeopleCounted() => Exactly(
        "6.实施支柱产业创新链建设工程。围绕现代产业体系需求，靶向遴选高校院所优质创新成果精准对接，实现关键环节技术突破，赋能产业转型升级，助推支柱产业快速发展，举办龙头企业双链融通对接活动 6场次，开展“产学研金”协同创新活动 100场。组织 1000 名高校院所科技人员深入企业开展技术服务。",
        T("龙头企业双链融通对接活动", Level, Eq, 6, "场次"),
        T("“产学研金”协同创新活动", Level, Eq, 100, "场"),
        T("高校院所科技人员深入企业开展技术服务", Level, Eq, 1000, "名"));

    [Fact]
    public void XianTask7_IndicatorAfterTheQuantity_AndAtLeastFromYiShang() => Exactly(
        "7.实施重大科技成果转化工程。持续推进校（院）企合作，新增 5家科技成果转化示范高校院所，布局一批重大科技成果就地转化项目，进一步提升高校院所科技创新和成果转化能力。推广“以事前产权激励为核心的职务科技成果权属改革”经验，引导和鼓励创新主体建立有利于自主创新和成果转化的激励机制，推进 300 项科技成果实现就地转化，对企业吸纳驻地高校院所科技成果进行转化予以奖补。组织开展军工院所和企业成果对接活动 10 场以上，探索构建军地协同、优势叠加、产学研用一体的融合创新机制，推进军工优质科技成果就地转化。高标准组织参评陕西省科学技术奖。",
        T("科技成果转化示范高校院所", New, Eq, 5, "家"),
        T("科技成果实现就地转化", Level, Eq, 300, "项"),
        T("军工院所和企业成果对接活动", Level, Ge, 10, "场"));

    [Fact]
    public void XianTask8_CountBeforeTheNoun() => Exactly(
        "8.实施“双区”联动试验示范工程。深入推进国家新一代人工智能创新发展试验区建设，制定任务清单，在教育、文旅、物流等领域开展社会实验，促进 10 个人工智能应用场景落地。实施人工智能赋能大企业转型升级行动。",
        T("人工智能应用场景落地", Level, Eq, 10, "个"));

    [Fact]
    public void XianTask10_VerbCarriesOverTheComma_AndTheProgrammeIsNotATarget() => Exactly(
        "10.加快重大创新平台建设力度。瞄准国家科技创新战略制高点，积极争取国家战略科技力量布局西安，加快国家分子医学转化科学中心等重大平台建设，积极参与创建空天领域陕西实验室，建成国家超算（西安）中心。推进重大科技基础设施开放共享、服务区域经济发展。吸引高端人才合作设立诺奖实验室、院士研究院。主动融入全省“1155”工程，新增市级及以上新型研发机构 10 家，重点实验室、工程技术研究中心 70 家。",
        T("市级及以上新型研发机构", New, Eq, 10, "家"),
        T("重点实验室、工程技术研究中心", New, Eq, 70, "家"));

    [Fact]
    public void XianTask11_EachOfTwoQuotedActivities_IsOneTarget() => Exactly(
        "组织开展“校企双进”、“校友行”活动各 6场，进一步丰富形式、突出特色，打造校友经济生态链。",
        T("“校企双进”、“校友行”活动", Level, Eq, 6, "场"));

    [Fact]
    public void XianTask12_TrainingPlatformsManagersAndContracts() => Exactly(
        "12.提升技术转移市场化服务能力。依托西安科技大市场打造线上与线下相结合的科技成果转化服务平台，建设硬科技技术要素市场。探索建立以绩效考评为核心的技术转移示范机构队伍评价体系，培育 30 家市级以上技术转移示范机构。加强专业化技术经理人队伍建设，新增复合型技术经理人 100 名，形成符合专业化、市场化、国际化导向的技术经理人队伍体系，全市技术市场合同成交额超过 1500 亿元，本地吸纳额 350 亿元以上。",
        T("市级以上技术转移示范机构", New, Eq, 30, "家"),
        T("复合型技术经理人", New, Eq, 100, "名"),
        T("全市技术市场合同成交额", Level, Gt, 1500, "亿元"),
        T("本地吸纳额", Level, Ge, 350, "亿元"));

    [Fact]
    public void XianTask13_WholeYearIsNotPartOfTheIndicator() => Exactly(
        "进一步丰富科技金融贷款产品和服务，全年服务科技企业贷款不少于 650 家，科技贷款达到 30 亿元。",
        T("服务科技企业贷款", Level, Ge, 650, "家"),
        T("科技贷款", Level, Ge, 30, "亿元"));

    [Fact]
    public void XianTask14_YearOfAnEventIsNotATarget() => Exactly(
        "高标准举办 2021 年全国“双创”活动周、西安国际创业大赛、中国创新挑战赛（西安）等活动，指导举办科博会、“科创西安”系列活动 35 场，持续提升“科创西安”品牌影响力。",
        T("科博会、“科创西安”系列活动", Level, Eq, 35, "场"));

    [Fact]
    public void XianTask15_TalentAndActivities() => Exactly(
        "实施市级引进海外高层次人才智力项目，引进 100 名海外高层次人才。建立“海外科技交流合作工作站”，建设市级国际科技合作基地，开展推介交流和引才活动 2次。",
        T("海外高层次人才", New, Eq, 100, "名"),
        T("推介交流和引才活动", Level, Eq, 2, "次"));

    [Fact]
    public void XianTask17_FormulaAndSloganAreNotTargets() => Exactly(
        "围绕现代农业“3+X”特色产业技术需求，选派农业科技特派员 150 名，实施农业技术研发、科技示范等惠农项目，建设农业科技创新园 3家。壮大农业科技社会化服务力量，组织开展好文化科技卫生“三下乡”活动，大力培育农村科技示范户。",
        T("农业科技特派员", Level, Eq, 150, "名"),
        T("农业科技创新园", New, Eq, 3, "家"));

    [Fact]
    public void XianTask21_PoliticalSlogans_AreNotTargets() => Exactly(
        "21.持续强化思想政治引领。强化理论武装，运用“学习强国”、局系统办公自动化系统等平台，引导党员干部学深悟透党的创新理论，发挥理论学习中心组示范引领作用，不断增强“四个意识”，坚定“四个自信”，做到“两个维护”，以高质量的政治机关建设统领科技系统党建工作高质量发展。以“缅怀党的光辉历程、传承党的优良传统、讲好党的故事”为主题，抓好中共党史专题学习教育，聚焦建党百年庆典，开展系列庆祝和宣传活动。");

    [Fact]
    public void XianPreamble_SessionsAnniversariesAndYears_AreNotTargets() => Exactly(
        "2021 年是建党 100 周年，是“十四五”开局之年，也是全运年。全面贯彻十九届五中全会、省委十三届八次全会和市委十三届十二次全会决策部署，贯通落实“五项要求”、“五个扎实”和国家、全省科技工作任务要求。");

    [Fact]
    public void XianTask2_PlanPeriodsInTitles_AreNotTargets() => Exactly(
        "2.加强科技创新顶层设计。积极对接国家、陕西省中长期科技发展规划目标任务，编制完成《西安市“十四五”科技创新发展规划》、《2021—2035 年西安市中长期科技发展规划》。");

    [Fact]
    public void ShaanxiTask2_PlanPeriodsInBrackets_AreNotTargets() => Exactly(
        "2. 加强科技创新战略谋划。研究提出进一步推进创新型省份建设的具体措施。做好陕西省中长期科学和技术发展规划纲要（2006—2020年）和“十三五”科学和技术发展规划评估，切实推进相关目标任务落实。开展中长期科技发展规划（2021—2035年）和“十四五”科技创新规划编制工作。");

    [Fact]
    public void ShaanxiTask7_NationalStrategyYear_IsNotATarget() => Exactly(
        "7. 稳定支持基础研究。健全鼓励支持基础研究、原始创新的体制机制。瞄准科技前沿，对标国家2030战略和我省实际，布局一批基础研究定向委托项目。加大对青年科技人才的支持力度，提高省杰出青年项目和一般青年项目的支持数量。");

    [Fact]
    public void ShaanxiTask9_NewLabsCountedBeforeTheNoun() => Exactly(
        "完善省重点实验室分类考核评估指标体系，推动开放共享，提升创新能力。新建 30 个省重点实验室，启动省野外科学观测研究站建设。",
        T("省重点实验室", New, Eq, 30, "个"));

    [Fact]
    public void ShaanxiTask10_VerbListBeforeTheObject_AndNoDoublingWithoutCommitment() => Exactly(
        "10. 深入实施“1155”工程。研究制定支持建立共性技术平台的方案，提升转制科研院所为行业提供共性技术研发与服务的能力。改造、升级、新建“四主体一联合”新型研发平台 20 家。发挥省中小企业研发服务平台作用，推动省级创新平台开放共享和为中小企业技术研发服务能力双倍增。",
        T("“四主体一联合”新型研发平台", New, Eq, 20, "家"));

    [Fact]
    public void ShaanxiTask14_HundredProjectsProgramme_IsNotATarget() => Exactly(
        "持续推广“一院一所”模式，扎实推进百项科技成果转化行动，通过后补助方式支持科技成果在我省就地转化。做好技术合同交易认定登记服务工作，技术合同成交额超过 1200 亿元。",
        T("技术合同成交额", Level, Gt, 1200, "亿元"));

    [Fact]
    public void ShaanxiTask15_StriveForNetIncrease() => Exactly(
        "积极培育科技型中小企业，力争高新技术企业数量净增 20%以上，高技术产业、战略性新兴产业增加值明显提升。",
        T("高新技术企业数量", Net, Ge, 20, "%"));

    [Fact]
    public void ShaanxiTask16_NewZones() => Exactly(
        "按照综合型、特色型分类开展省级高新区培育认定工作，启动省级农业高新技术产业示范区建设，新建省级高新区 4 个。",
        T("省级高新区", New, Eq, 4, "个"));

    [Fact]
    public void ShaanxiTask20_SubFundsWithoutSpaces() => Exactly(
        "争取扩大省科技成果转化引导基金规模，新设子基金2支。加强与银行合作，探索知识价值信用贷款运行机制。",
        T("子基金", New, Eq, 2, "支"));

    [Fact]
    public void ShaanxiPartyTasks_SloganNumerals_AreNotTargets() => Exactly(
        "切实增强“四个意识”、坚定“四个自信”、做到“两个维护”。落实“三重一大”集体决策制度。严格落实中央八项规定实施细则。精准运用监督执纪“四种形态”。深化“三项机制”，严格落实“三会一课”。争创五星级党支部。抓好“陕九条”等政策落地落实。");
}
