namespace Kechuang.Platform.Identity;

public sealed record BuiltInRole(string Name, string DisplayName, AdminDuty Duty, DataScopeKind Scope);

/// <summary>
/// The roles every installation starts with: the three administrators (三员) and the bureau's usual business roles
/// (see ../shared/DOMAIN.md, "Who uses the platform"). Modules name them in their permissions' DefaultRoles.
/// </summary>
public static class BuiltInRoles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string SecurityAdministrator = "SecurityAdministrator";
    public const string AuditAdministrator = "AuditAdministrator";
    public const string Leadership = "Leadership";
    public const string PlanOwner = "PlanOwner";
    public const string DivisionStaff = "DivisionStaff";
    public const string DistrictStaff = "DistrictStaff";

    public static IReadOnlyList<BuiltInRole> All { get; } =
    [
        new(SystemAdministrator, "系统管理员", AdminDuty.SystemAdministrator, DataScopeKind.All),
        new(SecurityAdministrator, "安全管理员", AdminDuty.SecurityAdministrator, DataScopeKind.All),
        new(AuditAdministrator, "审计管理员", AdminDuty.AuditAdministrator, DataScopeKind.All),
        new(Leadership, "局领导", AdminDuty.None, DataScopeKind.All),
        new(PlanOwner, "综合规划处（要点与台账管理）", AdminDuty.None, DataScopeKind.All),
        new(DivisionStaff, "业务处室", AdminDuty.None, DataScopeKind.OwnUnitAndBelow),
        new(DistrictStaff, "区县科技局", AdminDuty.None, DataScopeKind.OwnUnitAndBelow),
    ];
}
