using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Roles;

internal static class RoleAdministration
{
    /// <summary>
    /// Roles are installation-wide, so only an administrator whose scope is 全部数据 changes them: a district
    /// administrator holding the permission could otherwise widen his own role for every district.
    /// </summary>
    public static Error? Check(CurrentUser actor) =>
        actor.Scope.SeesEverything ? null
            : new Error(ErrorKind.Forbidden, "roles-scope", "角色在全系统通用，只有数据范围为“全部数据”的系统管理员可以修改。");
}
