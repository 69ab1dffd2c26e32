using Kechuang.Platform.Identity.Policy;

namespace Kechuang.Platform.Identity.SignIn;

public enum SignInStep
{
    /// <summary>Enter the code of the authenticator app.</summary>
    VerifyTwoFactor,
    /// <summary>Set a new password: first sign-in, after an administrator reset, or the password has expired.</summary>
    ChangePassword,
    /// <summary>Administrator accounts must enrol an authenticator app before their first session.</summary>
    SetUpTwoFactor,
    /// <summary>Nothing left: start the session.</summary>
    Done,
}

/// <summary>What stands between an accepted password and a session, in order.</summary>
public static class SignInSteps
{
    public static SignInStep Next(AccessSnapshot account, SecurityPolicy policy, bool twoFactorVerified, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(policy);
        if (account.TwoFactorEnabled && !twoFactorVerified)
        {
            return SignInStep.VerifyTwoFactor;
        }
        if (account.MustChangePassword || PasswordExpired(account, policy, nowUtc))
        {
            return SignInStep.ChangePassword;
        }
        if (account.Duty != AdminDuty.None && !account.TwoFactorEnabled)
        {
            return SignInStep.SetUpTwoFactor;
        }
        return SignInStep.Done;
    }

    public static bool PasswordExpired(AccessSnapshot account, SecurityPolicy policy, DateTime nowUtc) =>
        policy.PasswordExpiryDays > 0 && account.PasswordChangedAtUtc is { } changed &&
        nowUtc - changed > TimeSpan.FromDays(policy.PasswordExpiryDays);
}
