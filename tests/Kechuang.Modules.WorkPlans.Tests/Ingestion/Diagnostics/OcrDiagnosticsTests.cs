using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Diagnostics;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Diagnostics;

public class OcrDiagnosticsTests
{
    private static ParsedPlan Parse(params string[] lines) => PlanParser.ParseText(string.Join('\n', lines));

    private static readonly string[] Body =
    [
        "一、强化企业创新",
        "1.培育科技企业。2024年宝鸡市新增科技型中小企业300家。",
        "2.建设创新平台。宝鸡市新建重点实验室5家，2024年完成宝鸡市创新平台评估。",
    ];

    [Fact]
    public void OddCharacterInsideANameSpelledCorrectlyElsewhere_IsReportedWithTheCorrectSpelling()
    {
        var plan = Parse(["2024年宝□市科技工作要点", "2024年是关键之年。", .. Body]);

        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectCharacter);
        Assert.Equal("宝鸡市", diagnostic.Suggestion);
        Assert.Contains("宝□市", diagnostic.Excerpt, StringComparison.Ordinal);
        Assert.Equal("2024年宝□市科技工作要点", plan.Title);
    }

    [Fact]
    public void LegitimatePunctuationBetweenChineseWords_IsNotReported()
    {
        var plan = Parse(["2024年宝鸡市科技工作要点", "2024年是关键之年。", .. Body, "3.推动科技、金融结合。开展科技金融活动。"]);

        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectCharacter);
    }

    [Fact]
    public void TitleYearOneDigitAwayFromTheBodyYear_IsReportedWithTheBodyYear()
    {
        var plan = Parse(["2014年宝鸡市科技工作要点", "2024年是关键之年。", .. Body]);

        Assert.Equal(2014, plan.PlanYear);
        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectYear);
        Assert.Equal("2024", diagnostic.Suggestion);
    }

    [Fact]
    public void TitleYearOfTheFollowingYear_IsNotSuspect()
    {
        var plan = Parse(["2025年宝鸡市科技工作要点", "2024年成绩显著。", .. Body]);

        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectYear);
    }

    [Theory]
    [InlineData("2024年2月30日")]
    [InlineData("2024年13月5日")]
    public void ImpossibleDate_IsReportedAndKeptAsWritten(string date)
    {
        var plan = Parse(["2024年宝鸡市科技工作要点", "2024年是关键之年。", .. Body, "宝鸡市科学技术局", date]);

        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Null(diagnostic.Suggestion);
        Assert.NotNull(plan.IssuedOn);
    }

    [Fact]
    public void ImpossibleDay_IsCorrectedWithTheDigitOcrMisreadInTheYear()
    {
        var plan = Parse(["8024年宝鸡市科技工作要点", "2024年是关键之年。", .. Body, "宝鸡市科学技术局", "8024年1月83日"]);

        Assert.Equal("8024-01-83", plan.IssuedOn);
        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.OcrSuspectYear && d.Suggestion == "2024");
        var date = Assert.Single(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal("2024-01-23", date.Suggestion);
    }

    [Fact]
    public void PlanWithoutTargetsParagraph_GetsAnInfoDiagnostic()
    {
        var plan = Parse(["2024年宝鸡市科技工作要点", .. Body]);

        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.NoHeadlineTargets && d.Severity == DiagnosticSeverity.Info);
    }
}
