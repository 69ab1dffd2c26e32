using Kechuang.Modules.WorkPlans.Ingestion.Reading;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

public sealed class NumberFormatterTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(35, "chineseCounting", "三十五")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(1005, "chineseCountingThousand", "一千零五")]
    [InlineData(12, "japaneseCounting", "十二")]
    [InlineData(11, "chineseLegalSimplified", "壹拾壹")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(11, "ideographTraditional", "甲")]
    [InlineData(2, "ideographZodiac", "丑")]
    [InlineData(105, "ideographDigital", "一〇五")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(9, "lowerRoman", "ix")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(3, "decimalEnclosedCircleChinese", "③")]
    [InlineData(2, "decimalEnclosedParen", "⑵")]
    [InlineData(7, "decimal", "7")]
    [InlineData(7, null, "7")]
    [InlineData(7, "bullet", "")]
    public void Format_RendersCounterLikeWord(int value, string? format, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, format));
}
