using Kechuang.Platform.Text;

namespace Kechuang.Platform.Tests.Text;

public sealed class SheetValuesTests
{
    [Theory]
    [InlineData("  西安市雁塔区  ", "西安市雁塔区")]
    [InlineData("１２３４ＡＢｃ", "1234ABc")]
    [InlineData("陕西\u3000\u3000科技  有限\t公司", "陕西 科技 有限 公司")]
    [InlineData("9161\u200B0113\uFEFF", "91610113")]
    [InlineData("\u00A012.5万元\u00A0", "12.5万元")]
    [InlineData("第一行\r\n第二行", "第一行 第二行")]
    [InlineData("（有限合伙）", "(有限合伙)")]
    [InlineData("Ｅ－ｍａｉｌ：ａ＠ｂ．ｃｎ", "E-mail:a@b.cn")]
    public void Clean_FoldsWidthTrimsAndCollapsesWhitespace(string raw, string expected) =>
        Assert.Equal(expected, SheetValues.Clean(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u200B\u00A0")]
    public void Clean_ReturnsNullForBlankText(string? raw) => Assert.Null(SheetValues.Clean(raw));

    [Theory]
    [InlineData("44260", "2021-03-05")]
    [InlineData("44260.5", "2021-03-05")]
    [InlineData("1", "1900-01-01")]
    [InlineData("59", "1900-02-28")]
    [InlineData("61", "1900-03-01")]
    [InlineData("1899", "1905-03-13")]
    [InlineData("2101", "1905-10-01")]
    [InlineData("45658", "2025-01-01")]
    [InlineData("2021-03-05", "2021-03-05")]
    [InlineData("2021-3-5", "2021-03-05")]
    [InlineData("2021/3/5", "2021-03-05")]
    [InlineData("2021.3.5", "2021-03-05")]
    [InlineData("2021年3月5日", "2021-03-05")]
    [InlineData("2021年03月05日", "2021-03-05")]
    [InlineData("2021 年 3 月 5 日", "2021-03-05")]
    [InlineData("２０２１年３月５日", "2021-03-05")]
    [InlineData("20210305", "2021-03-05")]
    [InlineData("2021-03-05 00:00:00", "2021-03-05")]
    [InlineData("2021/3/5 0:00:00", "2021-03-05")]
    [InlineData("2021-03-05T14:30", "2021-03-05")]
    [InlineData(" 2024-02-29 ", "2024-02-29")]
    public void ParseDate_ReadsSerialsAndTheUsualWritings(string text, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), SheetValues.ParseDate(text).Value);

    [Theory]
    [InlineData("2021-02-29", "date-invalid")]
    [InlineData("2021年13月1日", "date-invalid")]
    [InlineData("2021-04-31", "date-invalid")]
    [InlineData("20210230", "date-invalid")]
    [InlineData("60", "date-invalid")] // Excel's 1900-02-29
    [InlineData("0", "date-range")]
    [InlineData("99999", "date-range")]
    [InlineData("1899-12-31", "date-range")]
    [InlineData("2101-01-01", "date-range")]
    [InlineData("2021-3/5", "date-format")]
    [InlineData("2021年3月", "date-format")]
    [InlineData("三月五日", "date-format")]
    [InlineData("-44260", "date-format")]
    [InlineData("5/3/2021", "date-format")]
    [InlineData("2021", "date-year-only")]
    [InlineData("1999", "date-year-only")]
    [InlineData(null, "date-empty")]
    public void ParseDate_RefusesBadDatesNamingTheText(string? text, string code)
    {
        var result = SheetValues.ParseDate(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        if (text is not null)
        {
            Assert.Contains($"“{text}”", result.Error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("12.5万元", MoneyUnit.Yuan, 12_500_000)]
    [InlineData("12.5万", MoneyUnit.Yuan, 12_500_000)]
    [InlineData("3亿元", MoneyUnit.Yuan, 30_000_000_000)]
    [InlineData("3亿", MoneyUnit.Yuan, 30_000_000_000)]
    [InlineData("3千万元", MoneyUnit.Yuan, 3_000_000_000)]
    [InlineData("1.2千万", MoneyUnit.Yuan, 1_200_000_000)]
    [InlineData("1,234.56元", MoneyUnit.TenThousandYuan, 123_456)]
    [InlineData("1234.56", MoneyUnit.Yuan, 123_456)]
    [InlineData("1234.56", MoneyUnit.TenThousandYuan, 1_234_560_000)]
    [InlineData("1.5", MoneyUnit.HundredMillionYuan, 15_000_000_000)]
    [InlineData("¥1,234.56", MoneyUnit.Yuan, 123_456)]
    [InlineData("￥ 1,234.56", MoneyUnit.Yuan, 123_456)]
    [InlineData("人民币500万元", MoneyUnit.Yuan, 500_000_000)]
    [InlineData("１２．５万元", MoneyUnit.Yuan, 12_500_000)]
    [InlineData("12.5 万元", MoneyUnit.Yuan, 12_500_000)]
    [InlineData("0", MoneyUnit.TenThousandYuan, 0)]
    [InlineData("0.01元", MoneyUnit.Yuan, 1)]
    [InlineData("0.000001万元", MoneyUnit.Yuan, 1)]
    [InlineData(".5", MoneyUnit.Yuan, 50)]
    [InlineData("850千元", MoneyUnit.Yuan, 85_000_000)]
    [InlineData("92233720368547758.07", MoneyUnit.Yuan, long.MaxValue)]
    public void ParseMoneyFen_ReadsAmountsInTheirUnitOrTheDefault(string text, MoneyUnit unit, long fen) =>
        Assert.Equal(fen, SheetValues.ParseMoneyFen(text, unit).Value);

    [Theory]
    [InlineData("-12.5万元", "money-negative")]
    [InlineData("－100", "money-negative")]
    [InlineData("（100）", "money-negative")]
    [InlineData("0.001元", "money-precision")]
    [InlineData("0.0000001万元", "money-precision")]
    [InlineData("12.345", "money-precision")]
    [InlineData("1000000000亿元", "money-overflow")]
    [InlineData("92233720368547758.08", "money-overflow")]
    [InlineData("99999999999999999999999999999999", "money-overflow")]
    [InlineData("12.5美元", "money-format")]
    [InlineData("约12万", "money-format")]
    [InlineData("12,34.5", "money-format")]
    [InlineData("1.2.3", "money-format")]
    [InlineData("万元", "money-format")]
    [InlineData("五十万元", "money-format")]
    [InlineData("", "money-empty")]
    public void ParseMoneyFen_RefusesBadAmountsNamingTheText(string text, string code)
    {
        var result = SheetValues.ParseMoneyFen(text, MoneyUnit.Yuan);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        if (text.Length > 0)
        {
            Assert.Contains($"“{text}”", result.Error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1,234", 1234)]
    [InlineData("1,234,567", 1_234_567)]
    [InlineData("１２３", 123)]
    [InlineData("12.0", 12)]
    [InlineData("12.00", 12)]
    [InlineData(" 56 ", 56)]
    [InlineData("-5", -5)]
    [InlineData("0", 0)]
    public void ParseInt_ReadsDigitsWithSeparatorsAndExcelsTrailingZero(string text, int expected) =>
        Assert.Equal(expected, SheetValues.ParseInt(text).Value);

    [Theory]
    [InlineData("12人", "int-format")]
    [InlineData("12.5", "int-format")]
    [InlineData("1,23", "int-format")]
    [InlineData("十二", "int-format")]
    [InlineData("3000000000", "int-overflow")]
    [InlineData(null, "int-empty")]
    public void ParseInt_RefusesAnythingButAWholeNumber(string? text, string code) =>
        Assert.Equal(code, SheetValues.ParseInt(text).Error?.Code);

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("12.5%", "12.5")]
    [InlineData("１２．５％", "12.5")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("+3", "3")]
    [InlineData("0.1", "0.1")]
    public void ParseDecimal_ReturnsTheNumberAsWritten(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SheetValues.ParseDecimal(text).Value);

    [Theory]
    [InlineData("约12")]
    [InlineData("--3")]
    [InlineData("12%%")]
    [InlineData("1e5")]
    [InlineData("")]
    public void ParseDecimal_RefusesText(string text) => Assert.False(SheetValues.ParseDecimal(text).IsSuccess);

    [Theory]
    [InlineData("12.5%", "0.125")]
    [InlineData("100%", "1")]
    [InlineData("-3%", "-0.03")]
    [InlineData("0.125", "0.125")]
    public void ParsePercent_ReadsPercentSignsAsHundredths(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SheetValues.ParsePercent(text).Value);

    [Fact]
    public void ParsePercent_RefusesTextWithAChineseMessage() =>
        Assert.Equal("“高”不是百分比，请填写如 12.5% 的数值。", SheetValues.ParsePercent("高").Error?.Message);

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("Yes", true)]
    [InlineData("NO", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("１", true)]
    [InlineData("√", true)]
    [InlineData("×", false)]
    [InlineData(" 是 ", true)]
    public void ParseBool_ReadsTheUsualMarks(string text, bool expected) =>
        Assert.Equal(expected, SheetValues.ParseBool(text).Value);

    [Theory]
    [InlineData("可能", "bool-format")]
    [InlineData("2", "bool-format")]
    [InlineData("", "bool-empty")]
    public void ParseBool_RefusesOtherText(string text, string code) =>
        Assert.Equal(code, SheetValues.ParseBool(text).Error?.Code);
}
