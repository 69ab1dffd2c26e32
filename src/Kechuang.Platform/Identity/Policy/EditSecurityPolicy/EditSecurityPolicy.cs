using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Policy.EditSecurityPolicy;

/// <summary>The policy on the wire and in the editor; <see cref="Version"/> is the version the editor saw.</summary>
public sealed record SecurityPolicyForm(
    int MinimumLength,
    int RequiredCharacterClasses,
    bool ForbidUserName,
    int PasswordHistory,
    int PasswordExpiryDays,
    int MaxFailedAttempts,
    int LockoutMinutes,
    int IdleTimeoutMinutes,
    int CaptchaAfterFailures,
    int Version)
{
    public static SecurityPolicyForm From(SecurityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.MinimumLength, policy.RequiredCharacterClasses, policy.ForbidUserName, policy.PasswordHistory,
            policy.PasswordExpiryDays, policy.MaxFailedAttempts, policy.LockoutMinutes, policy.IdleTimeoutMinutes,
            policy.CaptchaAfterFailures, policy.Version);
    }
}

/// <summary>A bound on one policy field, with its Chinese name (the editor shows the same ranges).</summary>
public sealed record PolicyBound(string Field, string Label, int Min, int Max, Func<SecurityPolicyForm, int> Value, string? Hint = null);

/// <summary>The policy in force (the stored row, or the defaults before the first save).</summary>
public sealed class GetSecurityPolicy(KechuangDbContext db)
{
    public async Task<SecurityPolicyForm> ExecuteAsync(CancellationToken cancellationToken) =>
        SecurityPolicyForm.From(await db.Set<SecurityPolicy>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new SecurityPolicy());
}

/// <summary>
/// The security administrator sets the password, lockout and session policy. Saved with optimistic concurrency
/// and put into <see cref="SecurityPolicies"/> at once, so the next sign-in and password change already follow it.
/// </summary>
public sealed class EditSecurityPolicy(KechuangDbContext db, SecurityPolicies policies, TimeProvider clock)
{
    public static readonly IReadOnlyList<PolicyBound> Bounds =
    [
        new(nameof(SecurityPolicyForm.MinimumLength), "密码最小长度", 8, 64, f => f.MinimumLength),
        new(nameof(SecurityPolicyForm.RequiredCharacterClasses), "密码须含字符类别数", 2, 4, f => f.RequiredCharacterClasses, "大写字母、小写字母、数字、符号四类中的几类"),
        new(nameof(SecurityPolicyForm.PasswordHistory), "不得重复最近密码次数", 0, 24, f => f.PasswordHistory, "0 表示不限制"),
        new(nameof(SecurityPolicyForm.PasswordExpiryDays), "密码有效期（天）", 0, 365, f => f.PasswordExpiryDays, "0 表示不过期"),
        new(nameof(SecurityPolicyForm.MaxFailedAttempts), "连续登录失败锁定次数", 3, 10, f => f.MaxFailedAttempts),
        new(nameof(SecurityPolicyForm.LockoutMinutes), "锁定时长（分钟）", 1, 1440, f => f.LockoutMinutes),
        new(nameof(SecurityPolicyForm.IdleTimeoutMinutes), "会话空闲超时（分钟）", 5, 120, f => f.IdleTimeoutMinutes),
        new(nameof(SecurityPolicyForm.CaptchaAfterFailures), "失败几次后要求验证码", 0, 10, f => f.CaptchaAfterFailures, "0 表示不启用验证码"),
    ];

    public static Error? Validate(SecurityPolicyForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = Bounds
            .Where(b => b.Value(form) < b.Min || b.Value(form) > b.Max)
            .Select(b => $"{b.Label}须在 {b.Min}–{b.Max} 之间（当前为 {b.Value(form)}）。")
            .ToList();
        return problems.Count == 0 ? null : Error.Validation("security-policy-invalid", string.Join(" ", problems));
    }

    public async Task<Result<SecurityPolicyForm>> ExecuteAsync(SecurityPolicyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Validate(form) is { } invalid)
        {
            return invalid;
        }
        var policy = await db.Set<SecurityPolicy>().SingleOrDefaultAsync(cancellationToken);
        var isNew = policy is null;
        policy ??= new SecurityPolicy();
        if (policy.Version != form.Version)
        {
            return Stale();
        }
        policy.MinimumLength = form.MinimumLength;
        policy.RequiredCharacterClasses = form.RequiredCharacterClasses;
        policy.ForbidUserName = form.ForbidUserName;
        policy.PasswordHistory = form.PasswordHistory;
        policy.PasswordExpiryDays = form.PasswordExpiryDays;
        policy.MaxFailedAttempts = form.MaxFailedAttempts;
        policy.LockoutMinutes = form.LockoutMinutes;
        policy.IdleTimeoutMinutes = form.IdleTimeoutMinutes;
        policy.CaptchaAfterFailures = form.CaptchaAfterFailures;
        policy.Version++;
        policy.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.Set<SecurityPolicy>().Add(policy);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent edit: the row's version moved on (update) or the row was just created (insert).
            return Stale();
        }
        policies.Set(policy);
        return SecurityPolicyForm.From(policy);
    }

    private static Error Stale() =>
        Error.Conflict("security-policy-version-conflict", "安全策略已被他人修改，请刷新页面后再保存。");
}
