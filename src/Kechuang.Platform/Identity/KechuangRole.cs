using Microsoft.AspNetCore.Identity;

namespace Kechuang.Platform.Identity;

/// <summary>The separated administrator duties of 等级保护 level 3 (三员分立); no account may hold two.</summary>
public enum AdminDuty
{
    None,
    /// <summary>系统管理员: users, roles and units; no business data, no audit trail.</summary>
    SystemAdministrator,
    /// <summary>安全管理员: password, lockout and session policy.</summary>
    SecurityAdministrator,
    /// <summary>审计管理员: reads the audit trail and nothing else.</summary>
    AuditAdministrator,
}

/// <summary>Which records a role's holders see (applied with <c>.WhereVisibleTo(scope)</c>).</summary>
public enum DataScopeKind
{
    All,
    OwnUnitAndBelow,
    OwnUnit,
    OwnRecords,
    Regions,
}

/// <summary>A role: a Chinese name, a set of permissions and a data scope.</summary>
public sealed class KechuangRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = "";

    public AdminDuty Duty { get; set; }

    public DataScopeKind Scope { get; set; }

    /// <summary>GB/T 2260 codes for <see cref="DataScopeKind.Regions"/>, comma separated.</summary>
    public string? ScopeRegions { get; set; }

    /// <summary>Built-in roles (the three administrators and the demo roles) cannot be deleted.</summary>
    public bool IsBuiltIn { get; set; }

    public List<RolePermission> Permissions { get; set; } = [];
}

/// <summary>One permission (a named policy such as <c>WorkPlans.Import</c>) granted to a role.</summary>
public sealed class RolePermission
{
    public Guid RoleId { get; set; }

    public string Permission { get; set; } = "";
}
