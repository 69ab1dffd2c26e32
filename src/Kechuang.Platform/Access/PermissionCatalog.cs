namespace Kechuang.Platform.Access;

/// <summary>A permission a module declares, with the Chinese name shown in the role matrix.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Module);

/// <summary>All permissions declared by the modules of this process.</summary>
public sealed class PermissionCatalog(IEnumerable<PermissionDefinition> definitions)
{
    public IReadOnlyList<PermissionDefinition> All { get; } = definitions
        .DistinctBy(d => d.Name)
        .OrderBy(d => d.Name, StringComparer.Ordinal)
        .ToList();
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
        new(ApiDocs, "查看接口文档", "平台"),
        new(UnitsManage, "管理组织机构", "系统管理"),
        new(UsersManage, "管理用户账号", "系统管理"),
        new(UsersViewSensitive, "查看完整身份证号和手机号", "系统管理"),
        new(RolesManage, "管理角色与权限", "系统管理"),
        new(SessionsManage, "查看在线会话并强制下线", "安全管理"),
        new(SecurityPolicy, "设置密码、锁定与会话策略", "安全管理"),
        new(AuditRead, "查阅与导出审计日志", "安全审计"),
        new(AccessTokens, "管理本人的接口访问令牌", "平台"),
    ];
}
