using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class BadInputTests
{
    private static readonly byte[] PlainText = Encoding.UTF8.GetBytes("2024年科技工作要点\n一、强化企业主体地位\n");

    [Fact]
    public void UploadOverDefaultLimit_IsRefusedWithTheLimitInMegabytes()
    {
        var exception = AssertRefused(new byte[21 * 1024 * 1024], "大文件.txt", PlanDocumentErrors.TooLarge);

        Assert.Contains("20 MB", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadOverConfiguredLimit_IsRefusedBeforeReading()
    {
        var options = new PlanReadOptions { MaxFileBytes = 512 * 1024 };

        var exception = AssertRefused(HostileFiles.ZipBomb(1), "要点.docx", PlanDocumentErrors.TooLarge, options with { MaxFileBytes = 100 });

        Assert.Contains("0 MB", exception.Message, StringComparison.Ordinal);
        Assert.Equal(PlanDocumentFormat.Text, Read(PlainText, "a.txt", options).Format);
    }

    [Fact]
    public void ZipBombOf200Megabytes_IsRefusedBeforeInflating()
    {
        var bomb = HostileFiles.ZipBomb(200);
        Assert.True(bomb.Length < 2 * 1024 * 1024);

        var exception = AssertRefused(bomb, "工作要点.docx", PlanDocumentErrors.DocxBomb);

        Assert.Contains("100 MB", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartWithExtremeCompressionRatio_IsRefusedEvenUnderTheTotalLimit() =>
        AssertRefused(HostileFiles.ZipBomb(20), "工作要点.docx", PlanDocumentErrors.DocxBomb);

    [Fact]
    public void PartWhoseDeclaredSizeIsForged_IsRefused() =>
        AssertRefused(HostileFiles.DocxWithLyingSizes(DocxFixtures.SimplePlan()), "工作要点.docx", PlanDocumentErrors.DocxBomb);

    [Fact]
    public void DocxThatIsNotAZip_IsRefusedAsCorrupt()
    {
        var exception = AssertRefused(PlainText, "工作要点.docx", PlanDocumentErrors.CorruptDocx);

        Assert.Contains(".docx", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedDocx_IsRefusedAsCorrupt()
    {
        var docx = DocxFixtures.SimplePlan();

        AssertRefused(docx[..(docx.Length / 2)], "工作要点.docx", PlanDocumentErrors.CorruptDocx);
    }

    [Fact]
    public void ZipWithoutWordContent_IsCorruptDocxOrUnsupported()
    {
        var workbook = HostileFiles.ZipWith(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>"));

        AssertRefused(workbook, "工作要点.docx", PlanDocumentErrors.CorruptDocx);
        AssertRefused(workbook, "工作要点.xlsx", PlanDocumentErrors.UnsupportedFormat);
        AssertRefused(HostileFiles.ZipWith(("a.txt", "x")), "资料.zip", PlanDocumentErrors.UnsupportedFormat);
        AssertRefused(HostileFiles.ZipWith(("OFD.xml", "<ofd/>")), "公文.ofd", PlanDocumentErrors.UnsupportedFormat);
    }

    [Fact]
    public void DocxPackageWithBrokenXml_IsRefusedAsCorrupt()
    {
        var broken = HostileFiles.ZipWith(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", "<w:document><w:body><w:p>未闭合"));

        AssertRefused(broken, "工作要点.docx", PlanDocumentErrors.CorruptDocx);
    }

    [Fact]
    public void DocxWithEntityExpansionOrDeepNesting_IsRefused()
    {
        const string contentTypes =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        var laughs = HostileFiles.ZipWith(
            ("[Content_Types].xml", contentTypes),
            ("word/document.xml", "<!DOCTYPE d [<!ENTITY a \"哈哈哈哈哈哈哈哈\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>"));
        var nested = HostileFiles.ZipWith(
            ("[Content_Types].xml", contentTypes),
            ("word/document.xml", string.Concat(Enumerable.Repeat("<sdt>", 5000)) + string.Concat(Enumerable.Repeat("</sdt>", 5000))));

        AssertRefused(laughs, "工作要点.docx", PlanDocumentErrors.CorruptDocx);
        AssertRefused(nested, "工作要点.docx", PlanDocumentErrors.DocxBomb);
    }

    [Fact]
    public void EncryptedDocx_AsksForThePasswordToBeRemoved()
    {
        var exception = AssertRefused(HostileFiles.OleCompoundFile("EncryptionInfo", "EncryptedPackage"), "工作要点.docx",
            PlanDocumentErrors.EncryptedDocx);

        Assert.Contains("密码", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyWordDoc_AsksToSaveAsDocx()
    {
        var exception = AssertRefused(HostileFiles.OleCompoundFile("WordDocument", "1Table"), "工作要点.doc", PlanDocumentErrors.LegacyDoc);

        Assert.Contains("另存为 .docx", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyExcel_IsUnsupported() =>
        AssertRefused(HostileFiles.OleCompoundFile("Workbook"), "任务表.xls", PlanDocumentErrors.UnsupportedFormat);

    [Theory]
    [InlineData("扫描件.png")]
    [InlineData("扫描件.txt")]
    [InlineData("扫描件.docx")]
    public void Image_IsUnsupportedWhateverItsName(string fileName)
    {
        var exception = AssertRefused(HostileFiles.Png(4, 4), fileName, PlanDocumentErrors.UnsupportedFormat);

        Assert.Contains("图片", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Executable_IsUnsupported()
    {
        var exe = "MZ"u8.ToArray().Concat(new byte[200]).ToArray();

        AssertRefused(exe, "setup.exe", PlanDocumentErrors.UnsupportedFormat);
        AssertRefused(exe, "工作要点.txt", PlanDocumentErrors.UnsupportedFormat);
    }

    [Theory]
    [InlineData("工作要点.exe", PlanDocumentErrors.UnsupportedFormat)]
    [InlineData("工作要点.xls", PlanDocumentErrors.UnsupportedFormat)]
    [InlineData("工作要点.doc", PlanDocumentErrors.LegacyDoc)]
    [InlineData("工作要点.pdf", PlanDocumentErrors.CorruptPdf)]
    public void TextUnderAWrongExtension_IsRefused(string fileName, string code) =>
        AssertRefused(PlainText, fileName, code);

    [Theory]
    [InlineData("工作要点.txt")]
    [InlineData("工作要点.TXT")]
    [InlineData("工作要点")]
    [InlineData("C:\\上传\\工作要点.txt")]
    public void TextUnderTextExtensions_IsRead(string fileName) =>
        Assert.Equal(["2024年科技工作要点", "一、强化企业主体地位"], Read(PlainText, fileName).Lines);

    [Fact]
    public void RtfSavedAsDoc_IsUnsupportedWithAHint()
    {
        var exception = AssertRefused(Encoding.ASCII.GetBytes(@"{\rtf1\ansi 2024}"), "工作要点.doc", PlanDocumentErrors.UnsupportedFormat);

        Assert.Contains("另存为 .docx", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingPastTheTimeLimit_IsRefused() =>
        AssertRefused(DocxFixtures.SimplePlan(), "工作要点.docx", PlanDocumentErrors.Timeout,
            PlanReadOptions.Default with { MaxReadTime = TimeSpan.Zero });
}
