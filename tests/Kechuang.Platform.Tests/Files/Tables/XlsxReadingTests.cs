using Kechuang.Platform.Files.Tables;
using static Kechuang.Platform.Tests.Files.Tables.TableTestData;

namespace Kechuang.Platform.Tests.Files.Tables;

/// <summary>Workbooks built the way Excel writes them, which MiniExcel's writer cannot produce.</summary>
public sealed class XlsxReadingTests
{
    private static TableReader OpenXlsx(XlsxBuilder builder, IReadOnlyList<TableColumn>? columns = null) =>
        Open(new MemoryStream(builder.Build()), TableFormat.Xlsx, columns);

    [Fact]
    public void HeaderUnderAMergedTitleRow_IsFoundAtRowThree()
    {
        var workbook = new XlsxBuilder()
            .Text("A1", "2025年度西安市科技型企业研发投入统计表").Blank("B1").Blank("C1").Blank("D1").Merge("A1:D1")
            .Text("A2", "填报单位：雁塔区科技局")
            .Text("A3", "企业名称").Text("B3", "统一社会信用代码").Text("C3", "所在区县").Text("D3", "成立日期")
            .Text("A5", "陕西秦创科技有限公司").Text("B5", "91610113MA6U0XXX02").Text("C5", "雁塔区").Date("D5", new DateTime(2021, 3, 5))
            .Text("A6", "西安未央智造有限公司").Text("B6", "91610112MA6U0XXX02");
        using var reader = OpenXlsx(workbook);

        var rows = reader.Rows().ToList();

        Assert.Equal(3, reader.HeaderRowNumber);
        Assert.Equal(1, reader.HeaderRowCount);
        Assert.Equal([5, 6], rows.Select(r => r.RowNumber));
        Assert.Equal("2021-03-05", reader.Cell(rows[0], 4));
        Assert.Null(reader.Cell(rows[1], 2));
    }

    [Fact]
    public void RowsMissingFromTheFile_KeepTheRowNumbersExcelShows()
    {
        var workbook = new XlsxBuilder()
            .Text("B3", "企业名称").Text("C3", "统一社会信用代码")
            .Text("B7", "陕西秦创科技有限公司").Text("C7", "91610113MA6U0XXX02");
        using var reader = OpenXlsx(workbook);

        var row = reader.Rows().Single();

        Assert.Equal(3, reader.HeaderRowNumber);
        Assert.Equal(7, row.RowNumber);
        Assert.Equal(1, reader.IndexOf(0));
        Assert.Equal("陕西秦创科技有限公司", reader.Cell(row, 0));
    }

    public static TheoryData<bool> CoveredCells => new() { true, false };

    [Theory]
    [MemberData(nameof(CoveredCells))]
    public void TwoRowHeader_UnderMergedGroupCells_MatchesSubHeadersAndGroupPlusSub(bool fileHasCoveredCells)
    {
        var workbook = new XlsxBuilder()
            .Text("A1", "企业研发费用情况表").Merge("A1:F1")
            .Text("A2", "企业名称").Merge("A2:A3")
            .Text("B2", "统一社会信用代码").Merge("B2:B3")
            .Text("C2", "研发费用").Merge("C2:D2")
            .Text("E2", "营业收入").Merge("E2:F2")
            .Text("C3", "总额").Text("D3", "其中：境内").Text("E3", "总额").Text("F3", "其中：出口")
            .Text("A4", "陕西秦创科技有限公司").Text("B4", "91610113MA6U0XXX02")
            .Number("C4", 1250).Number("D4", 1000.5).Number("E4", 32000).Number("F4", 0);
        if (fileHasCoveredCells)
        {
            workbook.Blank("B1").Blank("C1").Blank("D1").Blank("E1").Blank("F1")
                .Blank("A3").Blank("B3").Blank("D2").Blank("F2");
        }
        IReadOnlyList<TableColumn> columns =
        [
            new("企业名称", Required: true),
            new("统一社会信用代码", Required: true),
            new("研发费用-总额", Required: true),
            new("其中：境内"),
            new("营业收入总额", Required: true),
            new("其中：出口"),
        ];
        using var reader = OpenXlsx(workbook, columns);

        var row = reader.Rows().Single();

        Assert.Equal(2, reader.HeaderRowNumber);
        Assert.Equal(2, reader.HeaderRowCount);
        Assert.Equal([0, 1, 2, 3, 4, 5], Enumerable.Range(0, 6).Select(p => reader.IndexOf(p)!.Value));
        Assert.Equal(4, row.RowNumber);
        Assert.Equal(["陕西秦创科技有限公司", "91610113MA6U0XXX02", "1250", "1000.5", "32000", "0"],
            Enumerable.Range(0, 6).Select(p => reader.Cell(row, p)));
        Assert.Equal("研发费用/总额", reader.SourceHeaders[2]);
        Assert.Equal("营业收入/其中：出口", reader.SourceHeaders[5]);
    }

    [Fact]
    public void CellValues_AreTextAsTheUserSeesThem()
    {
        IReadOnlyList<TableColumn> columns =
            [new("名称"), new("金额"), new("合计"), new("日期"), new("时间"), new("高企"), new("小数"), new("大数")];
        var workbook = new XlsxBuilder()
            .Text("A1", "名称").Text("B1", "金额").Text("C1", "合计").Text("D1", "日期").Text("E1", "时间")
            .Text("F1", "高企").Text("G1", "小数").Text("H1", "大数")
            .Text("A2", "陕西秦创科技有限公司")
            .Number("B2", 1234567.5)
            .Formula("C2", "B2*2", 2469135)
            .Date("D2", new DateTime(2021, 3, 5))
            .Date("E2", new DateTime(2021, 3, 5, 14, 30, 0))
            .Bool("F2", true)
            .Number("G2", 0.1 + 0.2)
            .Number("H2", 1e20);
        using var reader = OpenXlsx(workbook, columns);

        var row = reader.Rows().Single();

        Assert.Equal(
            ["陕西秦创科技有限公司", "1234567.5", "2469135", "2021-03-05", "2021-03-05 14:30:00", "TRUE", "0.3", "100000000000000000000"],
            row.Cells);
    }
}
