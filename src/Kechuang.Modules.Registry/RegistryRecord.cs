using Kechuang.Platform.Identity;

namespace Kechuang.Modules.Registry;

/// <summary>
/// What every registry record carries besides its own fields: who owns it for the data scope (the district bureau of
/// the region it lies in, see <see cref="Ownership.RegionOwners"/>), who entered it, and which import batch created and
/// last changed it (so a batch can be rolled back as a whole).
/// </summary>
public abstract class RegistryRecord : IScopedRecord
{
    public Guid Id { get; protected set; }
    public Guid OwnerUnitId { get; protected set; }
    public string OwnerUnitPath { get; protected set; } = "/";
    public string? RegionCode { get; protected set; }
    public Guid CreatedByUserId { get; protected set; }
    public Guid? CreatedBatchId { get; protected set; }
    public Guid? LastBatchId { get; protected set; }
    public DateTime CreatedAtUtc { get; protected set; }
    public DateTime UpdatedAtUtc { get; protected set; }

    /// <summary>Application-managed optimistic concurrency token.</summary>
    public int Version { get; protected set; }

    internal void Stamp(RecordStamp stamp)
    {
        Id = stamp.Id;
        CreatedByUserId = stamp.UserId;
        CreatedBatchId = stamp.BatchId;
        LastBatchId = stamp.BatchId;
        CreatedAtUtc = stamp.NowUtc;
        UpdatedAtUtc = stamp.NowUtc;
        Version = 1;
    }

    internal void Place(string? regionCode, Ownership.Owner owner)
    {
        RegionCode = regionCode;
        OwnerUnitId = owner.UnitId;
        OwnerUnitPath = owner.UnitPath;
    }

    internal void Touched(Guid? batchId, DateTime nowUtc)
    {
        LastBatchId = batchId;
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}

/// <summary>The identity of a new record: its id, who created it, in which batch, when.</summary>
internal sealed record RecordStamp(Guid Id, Guid UserId, Guid? BatchId, DateTime NowUtc)
{
    public static RecordStamp New(Guid userId, Guid? batchId, DateTime nowUtc) => new(Guid.CreateVersion7(), userId, batchId, nowUtc);
}
