using Kechuang.Platform.Identity.SignIn;
using Kechuang.Testing;
using Microsoft.AspNetCore.DataProtection;

namespace Kechuang.Platform.Tests.Identity.SignIn;

public sealed class CaptchaTests
{
    private readonly Captcha _captcha = new(new EphemeralDataProtectionProvider(), TimeProvider.System);

    [Fact]
    public void Image_IsAPngOfTheLoginBoxSize()
    {
        var (_, png) = _captcha.Create();

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(120, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(40, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        var folder = Path.Combine(RepoPaths.TestResults, "screenshots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "captcha.png"), png);
    }

    [Fact]
    public void TheRightAnswer_PassesOnce_InAnyCase()
    {
        var (token, _) = _captcha.Create();
        var answer = Answer(token);

        Assert.True(_captcha.Verify(token, answer.ToLowerInvariant()));
        Assert.False(_captcha.Verify(token, answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ZZZZ")]
    public void AWrongOrMissingAnswer_Fails(string answer)
    {
        var (token, _) = _captcha.Create();

        Assert.False(_captcha.Verify(token, answer));
    }

    [Fact]
    public void AForgedToken_Fails() => Assert.False(_captcha.Verify("not-a-token", "ABCD"));

    [Fact]
    public void AnExpiredToken_Fails()
    {
        var clock = new ShiftableClock();
        var captcha = new Captcha(new EphemeralDataProtectionProvider(), clock);
        var (token, _) = captcha.Create();
        var answer = AnswerOf(captcha, token);

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.False(captcha.Verify(token, answer));
    }

    private string Answer(string token) => AnswerOf(_captcha, token);

    /// <summary>Reads the answer out of the token through the captcha's own protector (tests only).</summary>
    private static string AnswerOf(Captcha captcha, string token)
    {
        var field = typeof(Captcha).GetField("_protector", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var protector = (IDataProtector)field.GetValue(captcha)!;
        return protector.Unprotect(token).Split('|')[2];
    }
}
