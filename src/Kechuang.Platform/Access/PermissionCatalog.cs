using Kechuang.Platform.Identity;

namespace Kechuang.Platform.Access;

/// <summary>
/// A permission a module declares, with the Chinese name shown in the role matrix. <see cref="Duty"/> says which kind
/// of role may hold it: business roles hold <see cref="AdminDuty.None"/> permissions only, and each of the three
/// administrator roles (三员) only those of its own duty, so no account can both administer and read business data.
/// </summary>
/// <param name="DefaultRoles">Built-in roles (<see cref="BuiltInRoles"/>) that hold the permission; restored at every start.</param>
public sealed record PermissionDefinition(string Name, string DisplayName, string Module, AdminDuty Duty = AdminDuty.None, IReadOnlyList<string>? DefaultRoles = null);

/// <summary>All permissions declared by the modules of this process.</summary>
public sealed class PermissionCatalog(IEnumerable<PermissionDefinition> definitions)
{
    public IReadOnlyList<PermissionDefinition> All { get; } = definitions
        .DistinctBy(d => d.Name)
        .OrderBy(d => d.Name, StringComparer.Ordinal)
        .ToList();

    public PermissionDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}

public static class PlatformPermissions
{
    public const string ApiDocs = "Platform.ApiDocs";
    public const string UnitsManage = "Platform.Units.Manage";
    public const string UsersManage = "Platform.Users.Manage";
    public const string UsersViewSensitive = "Platform.Users.ViewSensitive";
    public const string RolesManage = "Platform.Roles.Manage";
    public const string SessionsManage = "Platform.Sessions.Manage";
    public const string SecurityPolicy = "Platform.Security.Policy";
    public const string AuditRead = "Platform.Audit.Read";
    public const string AccessTokens = "Platform.AccessTokens.Own";

    public static readonly PermissionDefinition[] All =
    [
        new(ApiDocs, "查看接口文档", "平台", DefaultRoles: [BuiltInRoles.PlanOwner]),
        new(AccessTokens, "管理本人的接口访问令牌", "平台", DefaultRoles: [BuiltInRoles.PlanOwner]),
        new(UnitsManage, "管理组织机构", "系统管理", AdminDuty.SystemAdministrator, [BuiltInRoles.SystemAdministrator]),
        new(UsersManage, "管理用户账号", "系统管理", AdminDuty.SystemAdministrator, [BuiltInRoles.SystemAdministrator]),
        new(UsersViewSensitive, "查看完整身份证号和手机号", "系统管理", AdminDuty.SystemAdministrator),
        new(RolesManage, "管理角色与权限", "系统管理", AdminDuty.SystemAdministrator, [BuiltInRoles.SystemAdministrator]),
        new(SessionsManage, "查看在线会话并强制下线", "安全管理", AdminDuty.SecurityAdministrator, [BuiltInRoles.SecurityAdministrator]),
        new(SecurityPolicy, "设置密码、锁定与会话策略", "安全管理", AdminDuty.SecurityAdministrator, [BuiltInRoles.SecurityAdministrator]),
        new(AuditRead, "查阅与导出审计日志", "安全审计", AdminDuty.AuditAdministrator, [BuiltInRoles.AuditAdministrator]),
    ];
}

/// <summary>Policies that are not a permission.</summary>
public static class KechuangPolicies
{
    /// <summary>Any signed-in account: its own account page (password, two-factor), signing out.</summary>
    public const string SignedIn = "SignedIn";
}
