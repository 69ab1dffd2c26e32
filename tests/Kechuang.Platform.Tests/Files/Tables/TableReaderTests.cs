using System.Text;
using Kechuang.Platform.Files.Tables;
using static Kechuang.Platform.Tests.Files.Tables.TableTestData;

namespace Kechuang.Platform.Tests.Files.Tables;

public sealed class TableReaderTests
{
    [Theory]
    [InlineData("汇总.csv", TableFormat.Csv)]
    [InlineData("企业名录.XLSX", TableFormat.Xlsx)]
    [InlineData("企业名录.xls", null)]
    [InlineData("企业名录.csv.zip", null)]
    [InlineData("企业名录", null)]
    public void FromFileName_KnowsCsvAndXlsxOnly(string fileName, TableFormat? format) =>
        Assert.Equal(format, TableFormats.FromFileName(fileName));

    [Fact]
    public void GbkCsv_FromExcelOnChineseWindows_IsReadAsChinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "企业名称,统一社会信用代码,所在区县\r\n陕西秦创科技有限公司,91610113MA6U0XXX02,雁塔区\r\n";
        using var reader = Open(Csv(text, Encoding.GetEncoding("GB18030")), TableFormat.Csv);

        var row = Assert.Single(reader.Rows());

        Assert.Equal(["企业名称", "统一社会信用代码", "所在区县"], reader.SourceHeaders);
        Assert.Equal("陕西秦创科技有限公司", reader.Cell(row, 0));
        Assert.Equal("雁塔区", row.Get(reader, 2));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8Csv_WithOrWithoutBom_IsReadAsUtf8(bool bom)
    {
        var text = "企业名称,统一社会信用代码\n西安鄠邑区·智造有限公司,91610118MA6U0XXX02\n";
        using var reader = Open(Csv(text, new UTF8Encoding(bom)), TableFormat.Csv);

        Assert.Equal("企业名称", reader.SourceHeaders[0]);
        Assert.Equal("西安鄠邑区·智造有限公司", reader.Cell(reader.Rows().Single(), 0));
    }

    [Fact]
    public void Utf8Csv_CutMidCharacterAtTheSniffingLimit_IsStillUtf8()
    {
        var builder = new StringBuilder("企业名称,统一社会信用代码\n");
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < 70_000)
        {
            builder.Append("陕西秦创原科技有限公司,91610113MA6U0XXX02\n");
        }
        using var reader = Open(Csv(builder.ToString()), TableFormat.Csv);

        Assert.All(reader.Rows(), row => Assert.Equal("陕西秦创原科技有限公司", reader.Cell(row, 0)));
    }

    [Fact]
    public void CsvFields_FollowRfc4180()
    {
        var text = "\uFEFF企业名称,统一社会信用代码,所在区县\r\n" +
                   "\"陕西\"\"秦创\"\"科技, 有限公司\",\"9161\r\n0113\",\r\n" +
                   "\r\n" +
                   ",,\r\n" +
                   "西安\"一号\"工厂,,\"\"\r" +
                   "末行,无换行,";
        using var reader = Open(Csv(text), TableFormat.Csv);

        var rows = reader.Rows().ToList();

        Assert.Equal([2, 5, 6], rows.Select(r => r.RowNumber));
        Assert.Equal(["陕西\"秦创\"科技, 有限公司", "9161\r\n0113", null], rows[0].Cells);
        Assert.Equal(["西安\"一号\"工厂", null, null], rows[1].Cells);
        Assert.Equal(["末行", "无换行", null], rows[2].Cells);
    }

    [Fact]
    public void Rows_StreamTheFile_WithoutReadingItToTheEnd()
    {
        using var reader = Open(new EndlessCsv(), TableFormat.Csv);

        var first = reader.Rows().Take(3).Select(r => reader.Cell(r, 0)).ToList();

        Assert.Equal(["企业1", "企业2", "企业3"], first);
    }

    [Fact]
    public void Rows_CanBeReadOnlyOnce()
    {
        using var reader = Open(Csv("企业名称,统一社会信用代码\n甲,乙\n"), TableFormat.Csv);
        _ = reader.Rows().ToList();

        Assert.Throws<InvalidOperationException>(() => reader.Rows());
    }

    [Fact]
    public void Headers_MatchAfterCleaningNotesAndAliases_InAnyOrder()
    {
        var text = "备注,成立日期,*企业名称（必填）,\"信用\n代码\",研发费用(万元)\n" +
                   "无,2021-03-05,陕西秦创科技有限公司,91610113MA6U0XXX02,12.5\n";
        using var reader = Open(Csv(text), TableFormat.Csv);
        var row = reader.Rows().Single();

        Assert.Equal(2, reader.IndexOf(0));
        Assert.Equal(3, reader.IndexOf(1));
        Assert.Null(reader.IndexOf(2));
        Assert.Equal(4, reader.IndexOf(3));
        Assert.Equal("91610113MA6U0XXX02", reader.Cell(row, 1));
        Assert.Null(reader.Cell(row, 2));
        Assert.Equal("12.5", reader.Cell(row, 3));
        Assert.Equal(["备注", "成立日期", "*企业名称（必填）", "信用\n代码", "研发费用(万元)"], reader.SourceHeaders);
    }

    [Fact]
    public void HeaderWithADifferentUnit_IsAnotherColumn()
    {
        using var reader = Open(Csv("企业名称,统一社会信用代码,研发费用（元）\n甲,乙,100\n"), TableFormat.Csv);

        Assert.Null(reader.IndexOf(3));
    }

    [Fact]
    public void MissingRequiredColumns_AreAllNamed()
    {
        var opened = TableReader.Open(Csv("企业名称,所在区县,研发费用（万元）\n甲,雁塔区,1\n"), TableFormat.Csv,
            [.. EnterpriseColumns, new TableColumn("联系电话", Required: true)]);

        Assert.Equal("table-missing-columns", opened.Error?.Code);
        Assert.Equal("表头（第 1 行）缺少必填列：“统一社会信用代码”、“联系电话”。请按模板补齐这些列。", opened.Error!.Message);
    }

    [Fact]
    public void FileOfAnotherTemplate_IsRefusedAsNotThisTemplate()
    {
        var text = "项目名称,项目负责人,申报金额\n智能制造,张三,50\n";

        var opened = TableReader.Open(Csv(text), TableFormat.Csv, EnterpriseColumns);

        Assert.Equal("table-no-header", opened.Error?.Code);
        Assert.Contains("未找到表头", opened.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("可能不是本模板", opened.Error.Message, StringComparison.Ordinal);
        Assert.Contains("“企业名称”、“统一社会信用代码”", opened.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderBelowTheSearchWindow_IsNotFound()
    {
        var text = string.Concat(Enumerable.Repeat("说明\n", 10)) + "企业名称,统一社会信用代码\n甲,乙\n";

        Assert.Equal("table-no-header", TableReader.Open(Csv(text), TableFormat.Csv, EnterpriseColumns).Error?.Code);
        Assert.Equal(11, TableReader.Open(Csv(text), TableFormat.Csv, EnterpriseColumns, maxHeaderSearchRows: 11).Value.HeaderRowNumber);
    }

    [Fact]
    public void DuplicateHeader_IsRefused()
    {
        var opened = TableReader.Open(Csv("企业名称,统一社会信用代码,企业名称\n甲,乙,丙\n"), TableFormat.Csv, EnterpriseColumns);

        Assert.Equal("table-duplicate-column", opened.Error?.Code);
        Assert.Equal("表头中“企业名称”出现了多次（第 A 列和第 C 列），请只保留一列。", opened.Error!.Message);
    }

    [Fact]
    public void EmptyFile_HasNoHeader()
    {
        Assert.Equal("table-no-header", TableReader.Open(Csv(""), TableFormat.Csv, EnterpriseColumns).Error?.Code);
        Assert.Equal("table-no-header", TableReader.Open(Csv("\r\n,,\r\n"), TableFormat.Csv, EnterpriseColumns).Error?.Code);
    }

    [Fact]
    public void NotAnXlsx_IsRefusedWithAChineseMessage()
    {
        var opened = TableReader.Open(Csv("企业名称,统一社会信用代码\n"), TableFormat.Xlsx, EnterpriseColumns);

        Assert.Equal("table-unreadable", opened.Error?.Code);
        Assert.Contains(".xlsx", opened.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipThatIsNoWorkbook_IsRefusedWithAChineseMessage()
    {
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            entry.Write("<w:document/>");
        }
        zip.Position = 0;

        Assert.Equal("table-unreadable", TableReader.Open(zip, TableFormat.Xlsx, EnterpriseColumns).Error?.Code);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetter_CountsLikeExcel(int index, string letter) =>
        Assert.Equal(letter, TableReader.ColumnLetter(index));

    /// <summary>A CSV that never ends: a reader that materialised the file would never return.</summary>
    private sealed class EndlessCsv : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("企业名称,统一社会信用代码\n");
        private int _offset;
        private int _row;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _row++;
                _pending = Encoding.UTF8.GetBytes($"企业{_row},91610113MA6U0XXX02\n");
                _offset = 0;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
