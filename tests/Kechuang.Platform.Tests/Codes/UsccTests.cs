using Kechuang.Platform.Codes;

namespace Kechuang.Platform.Tests.Codes;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100-2015's own example
    [InlineData("91110000600037341L")]
    [InlineData("91610113ma6u0xxx02")]
    public void ValidCodes_AreAccepted(string code) => Assert.Null(Uscc.Validate(code));

    [Fact]
    public void CheckCharacter_MatchesTheStandardsExample() =>
        Assert.Equal('3', Uscc.CheckCharacter("91350100M000100Y4"));

    [Theory]
    [InlineData("91350100M000100Y44", "uscc-check")]
    [InlineData("91110000600037341K", "uscc-check")]
    [InlineData("9135010M000100Y43", "uscc-length")]
    [InlineData("91350100M0001O0Y43", "uscc-character")]
    [InlineData("", "uscc-length")]
    public void InvalidCodes_AreRefusedWithTheReason(string code, string reason)
    {
        var error = Uscc.Validate(code);

        Assert.Equal(reason, error?.Code);
        Assert.Contains("统一社会信用代码", error!.Message, StringComparison.Ordinal);
    }
}
