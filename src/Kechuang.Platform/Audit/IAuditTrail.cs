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

    public static IReadOnlyDictionary<string, string> All => Actions;

    public static string Action(string action) => Actions.TryGetValue(action, out var label) ? label : action;

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "成功",
        AuditOutcome.Failure => "失败",
        AuditOutcome.Denied => "拒绝",
        _ => outcome.ToString(),
    };
}
