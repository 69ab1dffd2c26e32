namespace Kechuang.Platform.Identity;

/// <summary>A former password's hash, so that a new password can be refused when it repeats one of the last N.</summary>
public sealed class PasswordHistoryEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTime ChangedAtUtc { get; set; }
}
