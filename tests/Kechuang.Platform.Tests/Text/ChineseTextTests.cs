using Kechuang.Platform.Text;

namespace Kechuang.Platform.Tests.Text;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("新增高新技术企业１２０家", "新增高新技术企业120家")]
    [InlineData("增长１５．５％", "增长15.5%")]
    [InlineData("ＡＢＣ－ｘｙｚ", "ABC-xyz")]
    [InlineData("“６＋５＋６＋１”", "“6+5+6+1”")]
    [InlineData("第一部分\u3000总体要求", "第一部分 总体要求")]
    [InlineData("＜５，＞３，＝２，１／２，Ｒ＆Ｄ", "<5，>3，=2，1/2，R&D")]
    public void FullWidthDigitsLettersAndSigns_FoldToAscii(string input, string expected)
    {
        Assert.Equal(expected, ChineseText.NormalizeWidth(input));
    }

    [Theory]
    [InlineData("一、加强科技创新，（一）推动成果转化；力争：突破！吗？")]
    [InlineData("")]
    [InlineData("plain ascii 123")]
    public void TextWithoutFoldableCharacters_IsReturnedUnchanged(string input)
    {
        Assert.Same(input, ChineseText.NormalizeWidth(input));
    }

    [Fact]
    public void NormalizeWidth_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => ChineseText.NormalizeWidth(null!));
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十四", 24)]
    [InlineData("三十五", 35)]
    [InlineData("九十九", 99)]
    [InlineData("两", 2)]
    [InlineData("〇", 0)]
    [InlineData("零", 0)]
    [InlineData("三百", 300)]
    [InlineData("两千五百", 2500)]
    [InlineData("一百零五", 105)]
    [InlineData("一千二百五十", 1250)]
    public void ChineseOrdinalsAndCounts_ParseToTheirValue(string text, int expected)
    {
        Assert.Equal(expected, ChineseText.ParseChineseNumber(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("一、")]
    [InlineData("第一")]
    [InlineData("百")]
    [InlineData("十四五规划")]
    [InlineData("十四五")]
    [InlineData("千")]
    public void TextThatIsNotAChineseNumeral_ParsesToNull(string text)
    {
        Assert.Null(ChineseText.ParseChineseNumber(text));
    }

    [Theory]
    [InlineData('科', true)]
    [InlineData('㐀', true)]
    [InlineData('，', false)]
    [InlineData('A', false)]
    [InlineData('１', false)]
    public void IsHan_IsTrueOnlyForIdeographs(char c, bool expected)
    {
        Assert.Equal(expected, ChineseText.IsHan(c));
    }
}
