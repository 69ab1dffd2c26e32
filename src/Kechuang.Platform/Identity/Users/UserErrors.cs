using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Users;

internal static class UserErrors
{
    /// <summary>Also the answer for an account of a unit outside the scope: its existence is not disclosed.</summary>
    public static Error NotFound { get; } = Error.NotFound("user-not-found", "未找到该用户，或不在您的管理范围内。");

    public static Error Stale { get; } = Error.Conflict("user-version-conflict", "该用户已被他人修改，请刷新后重试。");

    public static Error Self(string what) => Error.Validation("user-self", $"不能{what}自己的账号，请由其他管理员操作。");
}
