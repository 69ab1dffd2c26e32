using Kechuang.Platform.Identity.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kechuang.Platform.Identity;

/// <summary>
/// Identity's user manager with the lockout rules of the security policy in force (read per scope, so a policy
/// change applies to the next request) and Chinese error texts.
/// </summary>
public sealed class KechuangUserManager : UserManager<KechuangUser>
{
    public KechuangUserManager(
        IUserStore<KechuangUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<KechuangUser> passwordHasher,
        IEnumerable<IUserValidator<KechuangUser>> userValidators,
        IEnumerable<IPasswordValidator<KechuangUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<KechuangUser>> logger,
        SecurityPolicies policies)
        : base(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var policy = policies.Current;
        var options = optionsAccessor?.Value ?? new IdentityOptions();
        Options = new IdentityOptions
        {
            ClaimsIdentity = options.ClaimsIdentity,
            User = options.User,
            SignIn = options.SignIn,
            Tokens = options.Tokens,
            Stores = options.Stores,
            Password = options.Password,
            Lockout = new LockoutOptions
            {
                AllowedForNewUsers = true,
                MaxFailedAccessAttempts = policy.MaxFailedAttempts,
                DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes),
            },
        };
    }
}

/// <summary>Identity's messages in Chinese (the ones a user or administrator can meet).</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”无效：只能使用字母、数字和 - . _ @。" };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"邮箱“{email}”已被使用。" };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"邮箱“{email}”格式不正确。" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "当前密码不正确。" };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "验证码无效或已过期。" };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "该账号已被他人修改，请刷新后重试。" };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "该账号未启用锁定。" };
    public override IdentityError UserAlreadyHasPassword() => new() { Code = nameof(UserAlreadyHasPassword), Description = "该账号已设置密码。" };
    public override IdentityError DuplicateRoleName(string role) => new() { Code = nameof(DuplicateRoleName), Description = $"角色“{role}”已存在。" };
    public override IdentityError InvalidRoleName(string? role) => new() { Code = nameof(InvalidRoleName), Description = $"角色名“{role}”无效。" };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"用户已拥有角色“{role}”。" };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"用户没有角色“{role}”。" };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作未成功，请重试。" };
}
