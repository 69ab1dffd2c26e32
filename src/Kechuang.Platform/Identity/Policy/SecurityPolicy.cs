namespace Kechuang.Platform.Identity.Policy;

/// <summary>
/// Password, lockout and session policy, set by the security administrator (安全管理员). One row. The defaults are
/// the level-3 baseline (GB/T 22239-2019 8.1.4.1 identity authentication, 8.1.4.2 access control).
/// </summary>
public sealed class SecurityPolicy
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int MinimumLength { get; set; } = 10;

    /// <summary>How many of the four classes (upper, lower, digit, symbol) a password needs.</summary>
    public int RequiredCharacterClasses { get; set; } = 3;

    public bool ForbidUserName { get; set; } = true;

    /// <summary>A new password may not be one of the last N.</summary>
    public int PasswordHistory { get; set; } = 5;

    /// <summary>Days after which a password must be changed; 0 turns expiry off.</summary>
    public int PasswordExpiryDays { get; set; } = 90;

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Failed attempts (per account or per client address) after which the login page asks for a CAPTCHA; 0 turns it off.</summary>
    public int CaptchaAfterFailures { get; set; } = 3;

    public int Version { get; set; } = 1;

    public DateTime UpdatedAtUtc { get; set; }

    public SecurityPolicy Copy() => (SecurityPolicy)MemberwiseClone();
}
