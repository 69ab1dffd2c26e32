using Kechuang.Platform.Text;

namespace Kechuang.Platform.Tests.Text;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(12_500_000, "12.50万元")]
    [InlineData(0, "0.00万元")]
    [InlineData(1, "0.00万元")]
    [InlineData(5_000, "0.01万元")] // 50 元 rounds half away from zero
    [InlineData(30_000_000_000, "30000.00万元")]
    [InlineData(-12_500_000, "-12.50万元")]
    public void FormatWanYuan_ShowsTwoDecimals(long fen, string expected) =>
        Assert.Equal(expected, Money.FormatWanYuan(fen));

    [Theory]
    [InlineData(30_000_000_000, "3.00亿元")]
    [InlineData(12_345_678_901, "1.23亿元")]
    [InlineData(1_000_000_000, "0.10亿元")]
    [InlineData(long.MaxValue, "922337203.69亿元")]
    public void FormatYiYuan_ShowsTwoDecimals(long fen, string expected) =>
        Assert.Equal(expected, Money.FormatYiYuan(fen));

    [Theory]
    [InlineData(30_000_000_000, "3.00亿元")]
    [InlineData(10_000_000_000, "1.00亿元")]
    [InlineData(9_999_999_999, "1.00亿元")] // 9999.99999999 万元 would read as 10000.00万元
    [InlineData(9_999_000_000, "9999.00万元")]
    [InlineData(12_500_000, "12.50万元")]
    [InlineData(1_000_000, "1.00万元")]
    [InlineData(999_999, "9999.99元")]
    [InlineData(123_456, "1234.56元")]
    [InlineData(0, "0.00元")]
    [InlineData(-30_000_000_000, "-3.00亿元")]
    public void FormatAuto_PicksTheUnitByMagnitude(long fen, string expected) =>
        Assert.Equal(expected, Money.FormatAuto(fen));

    [Fact]
    public void Formatting_IgnoresTheCurrentCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("12.50万元", Money.FormatWanYuan(12_500_000));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("12.5万元")]
    [InlineData("3.00亿元")]
    [InlineData("1234.56元")]
    public void ParsingWhatIsFormatted_GivesTheSameAmount(string text)
    {
        var fen = SheetValues.ParseMoneyFen(text, MoneyUnit.Yuan).Value;

        Assert.Equal(fen, SheetValues.ParseMoneyFen(Money.FormatAuto(fen), MoneyUnit.Yuan).Value);
    }
}
