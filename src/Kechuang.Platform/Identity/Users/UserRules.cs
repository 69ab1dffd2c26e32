using Kechuang.Platform.Codes;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;

namespace Kechuang.Platform.Identity.Users;

/// <summary>Checks shared by the user use cases.</summary>
internal static class UserRules
{
    public const int MaxDisplayNameLength = 64;

    public static Error? CheckDisplayName(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > MaxDisplayNameLength
            ? Error.Validation("user-display-name", $"姓名不能为空，且不超过 {MaxDisplayNameLength} 个字。")
            : null;

    /// <summary>
    /// An administrator whose own scope is narrower than everything grants only business roles of no wider scope,
    /// so a district administrator cannot make anyone (himself included, through a colleague) a city-wide user.
    /// </summary>
    public static Error? CheckGrant(CurrentUser actor, IReadOnlyCollection<KechuangRole> roles)
    {
        if (actor.Scope.SeesEverything)
        {
            return null;
        }
        var wider = roles.FirstOrDefault(r => r.Duty != AdminDuty.None || r.Scope is DataScopeKind.All or DataScopeKind.Regions);
        return wider is null ? null : Error.Validation("role-beyond-scope",
            $"您的管理范围有限，不能授予角色“{wider.DisplayName}”（管理员角色或数据范围大于本单位及下级的角色）。");
    }

    /// <summary>Validates and encrypts a personal field: null keeps the stored value, empty clears it.</summary>
    public static Result<(bool Change, string? Stored)> Personal(PersonalData data, string? value, bool idCard)
    {
        if (value is null)
        {
            return (false, null);
        }
        if (value.Trim().Length == 0)
        {
            return (true, null);
        }
        var normalized = idCard ? ResidentIdNumber.Normalize(value) : MobileNumber.Normalize(value);
        var error = idCard ? ResidentIdNumber.Validate(normalized) : MobileNumber.Validate(normalized);
        return error is null ? (true, data.Protect(normalized)) : error;
    }
}
