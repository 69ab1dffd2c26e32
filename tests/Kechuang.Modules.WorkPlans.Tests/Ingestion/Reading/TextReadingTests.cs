using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class TextReadingTests
{
    static TextReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Samples() => new(SampleNames());

    private static string SampleText(string path) => File.ReadAllText(path, Encoding.UTF8);

    private static IReadOnlyList<string> ExpectedLines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return lines.Length > 1 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Utf8Sample_IsReadLineByLine(string path)
    {
        var document = Read(File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.Equal(PlanDocumentFormat.Text, document.Format);
        Assert.False(document.LinesAreParagraphs);
        Assert.Equal("utf-8", document.DetectedEncoding);
        Assert.Equal(ExpectedLines(SampleText(path)), document.Lines);
        Assert.Contains(document.Lines, l => l.Contains("工作要点", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void GbkAndGb18030Encodings_AreDetected(string path)
    {
        var text = SampleText(path);
        foreach (var codePage in new[] { 936, 54936 })
        {
            var document = Read(Encoding.GetEncoding(codePage).GetBytes(text), "要点.txt");

            Assert.Equal("gb18030", document.DetectedEncoding);
            Assert.Equal(ExpectedLines(text), document.Lines);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void UnicodeEncodingsWithByteOrderMark_AreDetected(string path)
    {
        var text = SampleText(path);
        (Encoding Encoding, string Name)[] encodings =
        [
            (new UTF8Encoding(true), "utf-8"),
            (new UnicodeEncoding(false, true), "utf-16le"),
            (new UnicodeEncoding(true, true), "utf-16be"),
            (new UTF32Encoding(false, true), "utf-32le"),
        ];
        foreach (var (encoding, name) in encodings)
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

            var document = Read(bytes, "要点.txt");

            Assert.Equal(name, document.DetectedEncoding);
            Assert.Equal(ExpectedLines(text), document.Lines);
        }
    }

    [Fact]
    public void Utf16WithoutByteOrderMark_IsRecognisedFromItsNulPattern()
    {
        var text = "2024年科技工作要点\r\n一、强化企业主体地位\r\n1. 新增高新技术企业 200 家。\r\n";

        var document = Read(Encoding.Unicode.GetBytes(text), "要点.txt");

        Assert.Equal("utf-16le", document.DetectedEncoding);
        Assert.Equal(["2024年科技工作要点", "一、强化企业主体地位", "1. 新增高新技术企业 200 家。"], document.Lines);
    }

    [Fact]
    public void MixedLineEndings_AllSplit()
    {
        var document = Read(Encoding.UTF8.GetBytes("甲\r\n乙\n丙\r丁\f戊"), "a.txt");

        Assert.Equal(["甲", "乙", "丙", "丁", "戊"], document.Lines);
    }

    [Fact]
    public void PlainAscii_IsUtf8() =>
        Assert.Equal("utf-8", Read("Work plan 2024\n1. Grow firms"u8.ToArray(), "plan.txt").DetectedEncoding);

    [Fact]
    public void RadicalsFromPdfCopyPaste_AreFoldedToIdeographs()
    {
        var document = Read(Encoding.UTF8.GetBytes("科技\u2F2F作要点：增\u2ED310%，\u2F00、加强"), "a.txt");

        Assert.Equal(["科技工作要点：增长10%，一、加强"], document.Lines);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x0A })]
    [InlineData(new byte[] { 0xE3, 0x80, 0x80, 0x0A, 0xE3, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 })]
    public void EmptyOrWhitespaceOnly_IsRefusedAsEmpty(byte[] content) =>
        AssertRefused(content, "空.txt", PlanDocumentErrors.Empty);

    [Fact]
    public void RandomBinary_IsRefusedAsNotText()
    {
        var bytes = new byte[4096];
        new Random(20240301).NextBytes(bytes);

        AssertRefused(bytes, "要点.txt", PlanDocumentErrors.Binary);
    }

    [Fact]
    public void ControlCharactersWithoutNul_AreRefusedAsNotText()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 7 : 'a')).ToArray();

        AssertRefused(bytes, "要点.txt", PlanDocumentErrors.Binary);
    }

    [Fact]
    public void Big5Text_IsNotMistakenForGbk()
    {
        var big5 = Encoding.GetEncoding(950).GetBytes("臺北市政府科技發展策略會議，推動產業創新與學術研究合作，強化國際鏈結與人才培育。" +
                                                      "預計新增研發補助案件三百件，提升產學合作績效，擴大創新創業生態系規模。");

        AssertRefused(big5, "要點.txt", PlanDocumentErrors.UndecodableText);
    }

    [Fact]
    public void InvalidUtf16AfterByteOrderMark_IsRefusedAsUndecodable() =>
        AssertRefused([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "a.txt", PlanDocumentErrors.UndecodableText);
}
