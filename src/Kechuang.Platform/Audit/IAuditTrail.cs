namespace Kechuang.Platform.Audit;

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>
/// One event for the audit trail. Who (user, unit, client IP) is filled in by the trail from the current request
/// unless given; <see cref="Changes"/> holds before/after values of changed fields.
/// </summary>
public sealed record AuditRecord(
    string Action,
    string TargetType,
    string? TargetId,
    AuditOutcome Outcome,
    IReadOnlyList<AuditChange>? Changes = null,
    string? Detail = null,
    Guid? UserId = null,
    string? UserName = null);

public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>
/// Append-only, SM3 hash-chained audit trail (GB/T 22239-2019 level 3, 8.1.4.3 security audit).
/// Every create/update/delete that goes through <c>KechuangDbContext.SaveChanges</c> is recorded automatically with
/// its before/after values; use cases add what the data cannot say (a sign-in, a sensitive read, an export).
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds an entry to the next <c>SaveChanges</c> of this scope: it commits, or rolls back, with the business write.</summary>
    void Stage(AuditRecord record);

    /// <summary>Writes an entry now, on its own (sign-ins, failed sign-ins, reads of sensitive data).</summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <summary>Stable action names used across modules; <see cref="AuditLabels"/> gives their Chinese names.</summary>
public static class AuditActions
{
    public const string Login = "auth.login";
    public const string LoginFailed = "auth.login-failed";
    public const string Logout = "auth.logout";
    public const string SessionExpired = "auth.session-expired";
    public const string PasswordChanged = "auth.password-changed";
    public const string PasswordReset = "auth.password-reset";
    public const string TwoFactorEnabled = "auth.2fa-enabled";
    public const string TwoFactorDisabled = "auth.2fa-disabled";
    public const string SessionRevoked = "auth.session-revoked";
    public const string AccessTokenUsed = "auth.token-denied";
    public const string PermissionChanged = "access.permission-changed";
    public const string AccessDenied = "access.denied";
    public const string Create = "data.create";
    public const string Update = "data.update";
    public const string Delete = "data.delete";
    public const string StateChange = "data.state-change";
    public const string SensitiveRead = "data.sensitive-read";
    public const string Export = "data.export";
    public const string Checkpoint = "audit.checkpoint";
    public const string Retention = "audit.retention";
}

public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        [AuditActions.Login] = "登录",
        [AuditActions.LoginFailed] = "登录失败",
        [AuditActions.Logout] = "退出登录",
        [AuditActions.SessionExpired] = "会话超时",
        [AuditActions.PasswordChanged] = "修改密码",
        [AuditActions.PasswordReset] = "重置密码",
        [AuditActions.TwoFactorEnabled] = "启用双因素认证",
        [AuditActions.TwoFactorDisabled] = "停用双因素认证",
        [AuditActions.SessionRevoked] = "强制下线",
        [AuditActions.AccessTokenUsed] = "令牌被拒",
        [AuditActions.PermissionChanged] = "权限变更",
        [AuditActions.AccessDenied] = "拒绝访问",
        [AuditActions.Create] = "新增",
        [AuditActions.Update] = "修改",
        [AuditActions.Delete] = "删除",
        [AuditActions.StateChange] = "状态变更",
        [AuditActions.SensitiveRead] = "查看敏感信息",
        [AuditActions.Export] = "导出",
        [AuditActions.Checkpoint] = "审计链存证",
        [AuditActions.Retention] = "审计日志到期清理",
    };

    /// <summary>Chinese names of the audited record types (entity names as <c>EntityChangeAudit.TargetType</c> writes them).</summary>
    private static readonly Dictionary<string, string> Targets = new(StringComparer.Ordinal)
    {
        ["KechuangUser"] = "用户",
        ["User"] = "用户",
        ["KechuangRole"] = "角色",
        ["UserRole"] = "用户角色",
        ["RolePermission"] = "角色权限",
        ["Unit"] = "组织机构",
        ["UserSession"] = "登录会话",
        ["AccessToken"] = "访问令牌",
        ["UserToken"] = "账号密钥（双因素）",
        ["UserClaim"] = "账号声明",
        ["SecurityPolicy"] = "安全策略",
        ["AuditTrail"] = "审计日志",
        ["WorkPlan"] = "工作要点",
        ["PlanSection"] = "要点部分",
        ["PlanTask"] = "任务",
        ["PlanTarget"] = "目标",
        ["PlanDiagnostic"] = "识别诊断",
        ["Enterprise"] = "企业",
        ["EnterpriseYear"] = "企业年度数据",
        ["HighTechCertificate"] = "高新技术企业证书",
        ["TechSmeRegistration"] = "科技型中小企业入库登记",
        ["GrowthRecognition"] = "瞪羚/独角兽企业认定",
        ["PoolMembership"] = "高企培育库入库记录",
        ["InnovationPlatform"] = "创新平台载体",
        ["PlatformAssessment"] = "平台年度考核",
        ["Talent"] = "人才",
        ["TechContract"] = "技术合同",
        ["TechLoan"] = "科技贷款",
        ["SubFund"] = "子基金",
        ["FundInvestment"] = "子基金投资",
        ["Roadshow"] = "路演",
        ["Activity"] = "活动",
        ["ImportBatch"] = "导入批次",
        ["ImportChange"] = "导入变更记录",
    };

    public static IReadOnlyDictionary<string, string> All => Actions;

    public static string Target(string targetType) => Targets.TryGetValue(targetType, out var label) ? label : targetType;

    public static string Action(string action) => Actions.TryGetValue(action, out var label) ? label : action;

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "成功",
        AuditOutcome.Failure => "失败",
        AuditOutcome.Denied => "拒绝",
        _ => outcome.ToString(),
    };
}
