using Kechuang.Modules.WorkPlans.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

public class OrdinalsTests
{
    [Theory]
    [InlineData("一、坚持党的领导", nameof(OrdinalStyle.HanComma), 1, "一")]
    [InlineData("十二、加强自身建设", nameof(OrdinalStyle.HanComma), 12, "十二")]
    [InlineData("第三部分 重点任务", nameof(OrdinalStyle.Part), 3, "三")]
    [InlineData("（一）强化企业主体", nameof(OrdinalStyle.HanParen), 1, "一")]
    [InlineData("(二)提升平台能级", nameof(OrdinalStyle.HanParen), 2, "二")]
    [InlineData("1.坚决贯彻落实", nameof(OrdinalStyle.DigitDot), 1, "1")]
    [InlineData("24、强化政务服务", nameof(OrdinalStyle.DigitDot), 24, "24")]
    [InlineData("10. 深入实施", nameof(OrdinalStyle.DigitDot), 10, "10")]
    [InlineData("（3）推进评价", nameof(OrdinalStyle.DigitParen), 3, "3")]
    [InlineData("②引导企业", nameof(OrdinalStyle.Circled), 2, "2")]
    public void NumberingMarks_AreRecognised(string line, string style, int value, string ordinal)
    {
        var mark = Ordinals.Match(line);

        Assert.NotNull(mark);
        Assert.Equal(Enum.Parse<OrdinalStyle>(style), mark.Value.Style);
        Assert.Equal(value, mark.Value.Value);
        Assert.Equal(ordinal, mark.Value.Ordinal);
    }

    [Theory]
    [InlineData("1155工程取得实效")]
    [InlineData("2021年是建党100周年")]
    [InlineData("1.5%以上")]
    [InlineData("一是加强领导，二是完善机制")]
    [InlineData("第一章 那年冬天")]
    [InlineData("5、6月份集中申报")]
    public void TextThatOnlyLooksNumbered_IsNotAMark(string line)
    {
        Assert.Null(Ordinals.Match(line));
    }

    [Fact]
    public void Sequences_AcceptContinuousAndRestartingNumbering_AndRejectStrays()
    {
        OrdinalMark? Digit(int v) => new OrdinalMark(OrdinalStyle.DigitDot, v, v.ToString(System.Globalization.CultureInfo.InvariantCulture), 2);
        OrdinalMark?[] marks = [Digit(1), Digit(2), Digit(7), Digit(3), null, Digit(1), Digit(2), Digit(4), Digit(5)];

        var accepted = Ordinals.AcceptSequences(marks);

        Assert.Equal([true, true, false, true, false, true, true, true, true], accepted);
    }
}
