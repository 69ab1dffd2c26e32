using Kechuang.Platform.Codes;

namespace Kechuang.Platform.Tests.Codes;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // GB 11643-1999's example
    [InlineData("11010519491231002x")]
    [InlineData("610113199001011230")]
    public void ValidNumbers_AreAccepted(string number) => Assert.Null(ResidentIdNumber.Validate(number));

    [Theory]
    [InlineData("110105194912310021", "id-card-check")]
    [InlineData("610113199001011234", "id-card-check")]
    [InlineData("610113199002301237", "id-card-birth")]
    [InlineData("61011319900101123", "id-card-format")]
    [InlineData("61011319900101123Y", "id-card-format")]
    public void InvalidNumbers_AreRefusedWithAChineseMessage(string number, string reason)
    {
        var error = ResidentIdNumber.Validate(number);

        Assert.Equal(reason, error?.Code);
        Assert.Contains("身份证号", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13812341234", true)]
    [InlineData("+86 138-1234-1234", true)]
    [InlineData("23812341234", false)]
    [InlineData("1381234123", false)]
    [InlineData("1381234123a", false)]
    public void MobileNumbers_AreElevenDigitsStartingWithOne(string number, bool valid)
    {
        var error = MobileNumber.Validate(number);

        Assert.Equal(valid, error is null);
        if (!valid)
        {
            Assert.Equal("手机号应为以 1 开头的 11 位数字。", error!.Message);
        }
    }

    [Theory]
    [InlineData("610113", true)]
    [InlineData("610100", true)]
    [InlineData("010113", false)]
    [InlineData("61011", false)]
    [InlineData("61011a", false)]
    public void RegionCodes_AreSixDigitsOfAProvince(string code, bool valid) =>
        Assert.Equal(valid, RegionCode.IsValid(code));

    [Fact]
    public void RegionList_AcceptsChineseCommasAndNamesTheBadCode()
    {
        Assert.Equal(["610113", "610116"], RegionCode.ParseList("610113，610116、610113").Value);
        Assert.Contains("6101", RegionCode.ParseList("610113,6101").Error!.Message, StringComparison.Ordinal);
    }
}
