namespace Kechuang.Platform.Audit;

/// <summary>
/// One row of the append-only audit trail. <see cref="Hash"/> is SM3 over the canonical form of the row including
/// <see cref="PreviousHash"/>, so editing or deleting any row breaks the chain from there on (<c>kechuang audit verify</c>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3 … (assigned by the trail, not by the database).</summary>
    public long Sequence { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? UnitId { get; set; }

    public string? UnitName { get; set; }

    public string? ClientIp { get; set; }

    public string Action { get; set; } = "";

    public string TargetType { get; set; } = "";

    public string? TargetId { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>Before/after values of changed fields as JSON: [{"field":"Title","before":"…","after":"…"}].</summary>
    public string? Changes { get; set; }

    public string? Detail { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
