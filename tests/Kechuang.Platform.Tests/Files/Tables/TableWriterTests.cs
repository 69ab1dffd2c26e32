using System.Text;
using Kechuang.Platform.Files.Tables;
using MiniExcelLibs;
using static Kechuang.Platform.Tests.Files.Tables.TableTestData;

namespace Kechuang.Platform.Tests.Files.Tables;

public sealed class TableWriterTests
{
    private static readonly string[] Headers = ["企业名称", "统一社会信用代码", "所在区县", "研发费用（万元）", "成立日期", "是否高新技术企业"];

    private static readonly IReadOnlyList<object?>[] Rows =
    [
        ["陕西\"秦创\"科技, 有限公司", "91610113MA6U0XXX02", "雁塔区", 1234.56m, new DateOnly(2021, 3, 5), true],
        ["西安未央\n智造有限公司", "91610112MA6U0XXX02", null, 0, new DateOnly(2024, 2, 29), false],
        ["=HYPERLINK(\"http://x\")", "+86", "-", -5, null, null],
        ["@SUM(A1)", " 前后空格 ", "-12", 1e20, null, null],
    ];

    private static readonly string?[][] Expected =
    [
        ["陕西\"秦创\"科技, 有限公司", "91610113MA6U0XXX02", "雁塔区", "1234.56", "2021-03-05", "TRUE"],
        ["西安未央\n智造有限公司", "91610112MA6U0XXX02", null, "0", "2024-02-29", "FALSE"],
        ["=HYPERLINK(\"http://x\")", "+86", "-", "-5", null, null],
        ["@SUM(A1)", " 前后空格 ", "-12", "100000000000000000000", null, null],
    ];

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Xlsx)]
    public async Task WrittenTable_ReadsBackCellForCell(TableFormat format)
    {
        using var file = new MemoryStream();
        await TableWriter.WriteAsync(file, format, Headers, Rows, "企业名录");
        file.Position = 0;

        using var reader = Open(file, format);
        var rows = reader.Rows().ToList();

        Assert.Equal(Headers, reader.SourceHeaders);
        Assert.Equal(1, reader.HeaderRowNumber);
        Assert.Equal([2, 3, 4, 5], rows.Select(r => r.RowNumber));
        for (var i = 0; i < Expected.Length; i++)
        {
            Assert.Equal(Expected[i], Enumerable.Range(0, Headers.Length).Select(p => reader.Cell(rows[i], p)));
        }
    }

    [Fact]
    public async Task Csv_IsUtf8WithBomCrlfAndQuotedWhereNeeded()
    {
        using var file = new MemoryStream();
        await TableWriter.WriteAsync(file, TableFormat.Csv, ["名称", "说明"],
            [["a,b", "他说\"好\""], ["第一行\n第二行", 12.5m]], "表");

        var bytes = file.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("名称,说明\r\n\"a,b\",\"他说\"\"好\"\"\"\r\n\"第一行\n第二行\",12.5\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task FormulaLikeText_GetsAnApostrophe_ButNumbersDoNot()
    {
        using var file = new MemoryStream();
        await TableWriter.WriteAsync(file, TableFormat.Csv, ["甲", "乙", "丙", "丁", "戊"],
            [["=1+2", "-3", -3, "-", "@cmd"]], "表");

        Assert.EndsWith("'=1+2,'-3,-3,-,'@cmd\r\n", Encoding.UTF8.GetString(file.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_HasTheExtraSheetsWithTheirHeadersInOrder()
    {
        using var file = new MemoryStream();
        var codes = new TableSheet("区县代码", ["代码", "名称", "代码"], [["610113", "雁塔区", "610113"]]);
        var notes = new TableSheet("填报说明", ["说明"], []);

        await TableWriter.WriteAsync(file, TableFormat.Xlsx, Headers, Rows.Take(1), "企业名录", [codes, notes]);

        file.Position = 0;
        Assert.Equal(["企业名录", "区县代码", "填报说明"], MiniExcel.GetSheetNames(file));
        file.Position = 0;
        var codeRows = MiniExcel.Query(file, sheetName: "区县代码").Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString()).ToList()).ToList();
        Assert.Equal([["代码", "名称", "代码"], ["610113", "雁塔区", "610113"]], codeRows);
        file.Position = 0;
        Assert.Equal(["说明"], MiniExcel.Query(file, sheetName: "填报说明").Cast<IDictionary<string, object?>>().Single().Values);
    }

    [Fact]
    public async Task Csv_IgnoresExtraSheets()
    {
        using var file = new MemoryStream();
        await TableWriter.WriteAsync(file, TableFormat.Csv, ["名称"], [["甲"]], "表", [new TableSheet("其他", ["代码"], [["1"]])]);

        Assert.Equal("\uFEFF名称\r\n甲\r\n", Encoding.UTF8.GetString(file.ToArray()));
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Xlsx)]
    public async Task Rows_AreEnumeratedOnceAsTheyAreWritten(TableFormat format)
    {
        var enumerations = 0;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            enumerations++;
            for (var i = 0; i < 1000; i++)
            {
                yield return [$"企业{i}", i];
            }
        }
        using var file = new MemoryStream();

        await TableWriter.WriteAsync(file, format, ["企业名称", "序号"], Rows(), "表");

        Assert.Equal(1, enumerations);
        file.Position = 0;
        using var reader = Open(file, format, [new("企业名称"), new("序号")]);
        Assert.Equal(1000, reader.Rows().Count());
    }

    [Theory]
    [InlineData("企业名录/2025")]
    [InlineData("[汇总]")]
    [InlineData("这是一个超过三十一个字符长度的工作表名称会被Excel拒绝打开的")]
    public async Task SheetNameExcelRefuses_IsABug(string name)
    {
        using var file = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => TableWriter.WriteAsync(file, TableFormat.Xlsx, ["名称"], [], name));
    }

    [Fact]
    public async Task RowWiderThanTheHeaders_IsABug()
    {
        using var file = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            TableWriter.WriteAsync(file, TableFormat.Csv, ["名称"], [["甲", "乙"]], "表"));
    }
}
