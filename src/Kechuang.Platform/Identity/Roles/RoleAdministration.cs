using Kechuang.Platform.Codes;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Roles;

internal static class RoleAdministration
{
    public const int MaxDisplayNameLength = 64;

    /// <summary>
    /// Roles are installation-wide, so only an administrator whose scope is 全部数据 changes them: a district
    /// administrator holding the permission could otherwise widen his own role for every district.
    /// </summary>
    public static Error? Check(CurrentUser actor) =>
        actor.Scope.SeesEverything ? null
            : new Error(ErrorKind.Forbidden, "roles-scope", "角色在全系统通用，只有数据范围为“全部数据”的系统管理员可以修改。");

    /// <summary>The name and data scope a role form sends, checked and normalised (regions deduplicated, comma separated).</summary>
    public static Result<(string DisplayName, string? Regions)> Fields(string? displayName, DataScopeKind scope, string? regions)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxDisplayNameLength)
        {
            return Error.Validation("role-name", $"角色名称不能为空，且不超过 {MaxDisplayNameLength} 个字。");
        }
        if (!Enum.IsDefined(scope))
        {
            return Error.Validation("role-kind", "请选择角色职责和数据范围。");
        }
        if (scope != DataScopeKind.Regions)
        {
            return (name, (string?)null);
        }
        var parsed = RegionCode.ParseList(regions);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }
        if (parsed.Value.Count == 0)
        {
            return Error.Validation("role-regions-required", "数据范围为“指定行政区划”时，请填写至少一个 6 位行政区划代码，多个用逗号分隔。");
        }
        return (name, string.Join(',', parsed.Value));
    }
}
