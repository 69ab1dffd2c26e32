using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.SignIn;

namespace Kechuang.Platform.Tests.Identity.SignIn;

public sealed class SignInStepsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void BusinessAccountWithACurrentPassword_StartsItsSessionAtOnce() =>
        Assert.Equal(SignInStep.Done, SignInSteps.Next(Account(), new SecurityPolicy(), twoFactorVerified: false, Now));

    [Fact]
    public void PasswordOlderThanTheExpiry_MustBeChanged()
    {
        var account = Account(changedDaysAgo: 91);

        Assert.Equal(SignInStep.ChangePassword, SignInSteps.Next(account, new SecurityPolicy(), false, Now));
        Assert.Equal(SignInStep.Done, SignInSteps.Next(account, new SecurityPolicy { PasswordExpiryDays = 0 }, false, Now));
        Assert.Equal(SignInStep.Done, SignInSteps.Next(Account(changedDaysAgo: 89), new SecurityPolicy(), false, Now));
    }

    [Fact]
    public void AdministratorWithoutAnAuthenticator_MustEnrolOne_AfterChangingTheFirstPassword()
    {
        var firstLogin = Account(duty: AdminDuty.SystemAdministrator, mustChange: true);

        Assert.Equal(SignInStep.ChangePassword, SignInSteps.Next(firstLogin, new SecurityPolicy(), false, Now));
        Assert.Equal(SignInStep.SetUpTwoFactor, SignInSteps.Next(firstLogin with { MustChangePassword = false }, new SecurityPolicy(), false, Now));
    }

    [Fact]
    public void EnrolledAccount_GivesItsCodeBeforeAnythingElse()
    {
        var account = Account(duty: AdminDuty.AuditAdministrator, mustChange: true, twoFactor: true);

        Assert.Equal(SignInStep.VerifyTwoFactor, SignInSteps.Next(account, new SecurityPolicy(), false, Now));
        Assert.Equal(SignInStep.ChangePassword, SignInSteps.Next(account, new SecurityPolicy(), true, Now));
        Assert.Equal(SignInStep.Done, SignInSteps.Next(account with { MustChangePassword = false }, new SecurityPolicy(), true, Now));
    }

    [Theory]
    [InlineData("short1A!", "至少需要 10 个字符")]
    [InlineData("alllowercaseletters", "至少 3 类")]
    [InlineData("Zhang.San#2026", "不能包含用户名")]
    public void WeakPasswords_AreRefusedWithTheRuleInChinese(string password, string rule)
    {
        var errors = PolicyPasswordValidator.Check(new SecurityPolicy(), "zhang.san", password);

        Assert.Contains(errors, e => e.Description.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void AStrongPassword_PassesTheDefaultPolicy() =>
        Assert.Empty(PolicyPasswordValidator.Check(new SecurityPolicy(), "zhang.san", "Qinling#Mountains7"));

    private static AccessSnapshot Account(AdminDuty duty = AdminDuty.None, bool mustChange = false, bool twoFactor = false, int changedDaysAgo = 10) =>
        new(Guid.CreateVersion7(), "user", "用户", Guid.CreateVersion7(), "/x/", "单位", IsDisabled: false, mustChange,
            Now.AddDays(-changedDaysAgo), twoFactor, duty, new HashSet<string>(), []);
}
