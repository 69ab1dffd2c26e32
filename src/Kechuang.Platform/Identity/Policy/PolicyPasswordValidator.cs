using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Policy;

/// <summary>
/// The security administrator's password rules (GB/T 22239-2019 8.1.4.1 a: 口令具有复杂度要求并定期更换):
/// length, 3 of 4 character classes, not containing the user name, not one of the last N passwords.
/// </summary>
public sealed class PolicyPasswordValidator(SecurityPolicies policies, KechuangDbContext db) : IPasswordValidator<KechuangUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<KechuangUser> manager, KechuangUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var policy = await policies.GetAsync(db, CancellationToken.None);
        var errors = Check(policy, user.UserName, password ?? "");
        if (errors.Count == 0 && policy.PasswordHistory > 0 && user.Id != Guid.Empty)
        {
            var hashes = await db.Set<PasswordHistoryEntry>().AsNoTracking()
                .Where(h => h.UserId == user.Id)
                .OrderByDescending(h => h.ChangedAtUtc)
                .Select(h => h.PasswordHash)
                .Take(policy.PasswordHistory)
                .ToListAsync();
            if (hashes.Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password!) != PasswordVerificationResult.Failed))
            {
                errors.Add(new IdentityError { Code = "PasswordReused", Description = $"新密码不能与最近 {policy.PasswordHistory} 次使用过的密码相同。" });
            }
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    public static List<IdentityError> Check(SecurityPolicy policy, string? userName, string password)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(password);
        var errors = new List<IdentityError>();
        if (password.Length < policy.MinimumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = $"密码至少需要 {policy.MinimumLength} 个字符。" });
        }
        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0) +
                      (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (classes < policy.RequiredCharacterClasses)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordTooSimple",
                Description = $"密码需包含大写字母、小写字母、数字、符号中的至少 {policy.RequiredCharacterClasses} 类。",
            });
        }
        if (policy.ForbidUserName && !string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }
        return errors;
    }
}
