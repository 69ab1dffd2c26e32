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

/// <summary>Append-only, hash-chained audit trail (GB/T 22239-2019 level 3 security audit).</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <summary>Stable action names used across modules.</summary>
public static class AuditActions
{
    public const string Login = "auth.login";
    public const string LoginFailed = "auth.login-failed";
    public const string Logout = "auth.logout";
    public const string PasswordChanged = "auth.password-changed";
    public const string TwoFactorEnabled = "auth.2fa-enabled";
    public const string SessionRevoked = "auth.session-revoked";
    public const string PermissionChanged = "access.permission-changed";
    public const string Create = "data.create";
    public const string Update = "data.update";
    public const string Delete = "data.delete";
    public const string StateChange = "data.state-change";
    public const string SensitiveRead = "data.sensitive-read";
}
