using Kechuang.Platform.Access;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity;

/// <summary>
/// 三员分立 (GB/T 22239-2019 8.1.4.2 d / 8.1.10.5: 系统管理员、审计管理员、安全管理员 separated): an administrator role
/// holds only the permissions of its own duty, a business role none of them, and an account with an
/// administrator role holds no other role.
/// </summary>
public static class RoleRules
{
    public static Error? CheckPermissions(AdminDuty duty, IEnumerable<string> permissions, PermissionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var name in permissions)
        {
            var definition = catalog.Find(name);
            if (definition is null)
            {
                return Error.Validation("permission-unknown", $"权限“{name}”不存在。");
            }
            if (definition.Duty != duty)
            {
                return Error.Validation("permission-duty-mismatch", duty == AdminDuty.None
                    ? $"业务角色不能拥有管理员权限“{definition.DisplayName}”（三员分立）。"
                    : $"{DutyLabel(duty)}角色不能拥有权限“{definition.DisplayName}”（三员分立）。");
            }
        }
        return null;
    }

    public static Error? CheckAssignment(IReadOnlyCollection<KechuangRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var admin = roles.Where(r => r.Duty != AdminDuty.None).ToList();
        if (admin.Count > 0 && roles.Count > 1)
        {
            return Error.Validation("duty-separation", admin.Count > 1
                ? "一个账号不能同时担任系统管理员、安全管理员、审计管理员中的两个角色（三员分立）。"
                : $"担任{DutyLabel(admin[0].Duty)}的账号不能再拥有其他角色（三员分立）。");
        }
        return null;
    }

    public static string DutyLabel(AdminDuty duty) => duty switch
    {
        AdminDuty.SystemAdministrator => "系统管理员",
        AdminDuty.SecurityAdministrator => "安全管理员",
        AdminDuty.AuditAdministrator => "审计管理员",
        _ => "业务角色",
    };

    public static string ScopeLabel(DataScopeKind scope) => scope switch
    {
        DataScopeKind.All => "全部数据",
        DataScopeKind.OwnUnitAndBelow => "本单位及下级",
        DataScopeKind.OwnUnit => "本单位",
        DataScopeKind.OwnRecords => "本人创建",
        DataScopeKind.Regions => "指定行政区划",
        _ => scope.ToString(),
    };
}
