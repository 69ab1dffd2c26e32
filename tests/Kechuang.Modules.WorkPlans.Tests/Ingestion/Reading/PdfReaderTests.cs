using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class PdfReaderTests
{
    [Fact]
    public void ChromiumPrintedPlan_ReadsPhysicalLinesInReadingOrder()
    {
        var document = Read(Fixture("plan-cjk.pdf"), "2024年工作要点.pdf");

        Assert.Equal(PlanDocumentFormat.Pdf, document.Format);
        Assert.False(document.LinesAreParagraphs);
        Assert.Empty(document.Warnings);
        var lines = document.Lines.Select(l => l.Trim('\u3000')).ToList();
        Assert.Equal("2024年某市科技工作要点", lines[0]);
        Assert.Contains("一、强化企业科技创新主体地位", lines);
        Assert.Contains("二、推动科技成果转化", lines);
        Assert.Contains(lines, l => l.StartsWith("1.培育壮大科技型企业。", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4.举办科技成果路演活动。全年举办路演活动不少于30场。", StringComparison.Ordinal));
        Assert.True(lines.IndexOf("一、强化企业科技创新主体地位") < lines.IndexOf("二、推动科技成果转化"));
    }

    [Fact]
    public void ChromiumPrintedPlan_JoinsChineseWithoutSpaces_AndFoldsRadicalGlyphs()
    {
        var text = string.Concat(Read(Fixture("plan-cjk.pdf"), "a.pdf").Lines);

        Assert.DoesNotContain("科 技", text, StringComparison.Ordinal);
        Assert.Contains("增长10%以上", string.Concat(Read(Fixture("plan-cjk.pdf"), "a.pdf").Lines.Select(l => l.Trim('\u3000'))), StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void FirstLinesOfParagraphs_KeepTheirIndentation()
    {
        var lines = Read(Fixture("plan-cjk.pdf"), "a.pdf").Lines;

        Assert.Contains(lines, l => l.StartsWith("\u3000\u30001.培育", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("新认定科技型中小企业", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfUnderDocxExtension_IsReadByContent_WithANote()
    {
        var document = Read(Fixture("plan-cjk.pdf"), "工作要点.docx");

        Assert.Equal(PlanDocumentFormat.Pdf, document.Format);
        AssertChinese(Assert.Single(document.Warnings));
    }

    [Fact]
    public void GeneratedPdfWithLatinText_IsRead()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Science and Technology Work Plan 2024", 14, new PdfPoint(60, 760), font);
        page.AddText("1. Add 200 high-tech enterprises.", 12, new PdfPoint(60, 730), font);

        var document = Read(builder.Build(), "plan.pdf");

        Assert.Equal(["Science and Technology Work Plan 2024", "1. Add 200 high-tech enterprises."], document.Lines);
    }

    [Fact]
    public void ChromiumPrintedScan_AsksForOcr()
    {
        var exception = AssertRefused(Fixture("scanned.pdf"), "扫描件.pdf", PlanDocumentErrors.ScannedPdf);

        Assert.Equal("该 PDF 没有文字层（可能是扫描件），请先进行 OCR 文字识别后再导入。", exception.Message);
    }

    [Fact]
    public void ImageOnlyPagesBuiltWithPdfPig_AskForOcr()
    {
        var builder = new PdfDocumentBuilder();
        var png = HostileFiles.Png(40, 20);
        for (var i = 0; i < 3; i++)
        {
            builder.AddPage(PageSize.A4).AddPng(png, new PdfRectangle(50, 50, 550, 800));
        }

        AssertRefused(builder.Build(), "扫描件.pdf", PlanDocumentErrors.ScannedPdf);
    }

    [Fact]
    public void PdfWithAlmostNoText_AsksForOcr()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(HostileFiles.Png(40, 20), new PdfRectangle(50, 50, 550, 800));
        page.AddText("- 1 -", 10, new PdfPoint(290, 30), font);

        AssertRefused(builder.Build(), "扫描件.pdf", PlanDocumentErrors.ScannedPdf);
    }

    [Fact]
    public void ScannedPageAmongTextPages_IsReportedInAWarning()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Science and Technology Work Plan 2024", 14, new PdfPoint(60, 760), font);
        builder.AddPage(PageSize.A4).AddPng(HostileFiles.Png(40, 20), new PdfRectangle(50, 50, 550, 800));

        var document = Read(builder.Build(), "plan.pdf");

        Assert.Equal(["Science and Technology Work Plan 2024"], document.Lines);
        var warning = Assert.Single(document.Warnings);
        Assert.Contains("第 2 页", warning, StringComparison.Ordinal);
        AssertChinese(warning);
    }

    [Fact]
    public void PasswordProtectedPdf_IsRefusedAsEncrypted()
    {
        var exception = AssertRefused(Fixture("encrypted.pdf"), "加密.pdf", PlanDocumentErrors.EncryptedPdf);

        Assert.Contains("加密", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageAfterPdfHeader_IsRefusedAsCorrupt() =>
        AssertRefused("%PDF-1.7\n这不是一个真正的 PDF 文件 garbage garbage\n%%EOF"u8.ToArray(), "要点.pdf", PlanDocumentErrors.CorruptPdf);

    [Fact]
    public void PdfOverThePageLimit_IsRefused()
    {
        var exception = AssertRefused(Fixture("plan-cjk.pdf"), "要点.pdf", PlanDocumentErrors.TooLarge,
            PlanReadOptions.Default with { MaxPdfPages = 0 });

        Assert.Contains("页", exception.Message, StringComparison.Ordinal);
    }
}
