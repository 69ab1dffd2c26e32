namespace Kechuang.Platform.Identity.Sessions;

public enum SessionEndReason
{
    SignedOut,
    IdleTimeout,
    Revoked,
    AccountDisabled,
    PasswordChanged,
}

/// <summary>A signed-in browser session, kept server-side so that it can be listed and ended (强制下线).</summary>
public sealed class UserSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime LastSeenAtUtc { get; set; }

    public string? ClientIp { get; set; }

    public string? UserAgent { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public SessionEndReason? EndReason { get; set; }

    public Guid? EndedByUserId { get; set; }

    public bool IsActive => EndedAtUtc is null;
}
