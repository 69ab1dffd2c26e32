namespace Kechuang.Modules.Registry.Qualifications;

public sealed record PoolMembershipValues(string Uscc, DateOnly EnteredOn, string? EntryReason, DateOnly? LeftOn, string? LeaveReason);

/// <summary>高新技术企业培育库 membership: entered on a day, possibly left later with a reason. One row per entry.</summary>
public sealed class PoolMembership : RegistryRecord
{
    private PoolMembership()
    {
    }

    public Guid EnterpriseId { get; private set; }
    public DateOnly EnteredOn { get; private set; }
    public string? EntryReason { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public string? LeaveReason { get; private set; }

    public bool IsMemberOn(DateOnly day) => EnteredOn <= day && (LeftOn is null || LeftOn > day);

    internal static PoolMembership Create(Guid enterpriseId, string? regionCode, Ownership.Owner owner,
        PoolMembershipValues values, RecordStamp stamp)
    {
        var membership = new PoolMembership { EnterpriseId = enterpriseId, EnteredOn = values.EnteredOn };
        membership.Stamp(stamp);
        membership.EntryReason = values.EntryReason;
        membership.LeftOn = values.LeftOn;
        membership.LeaveReason = values.LeaveReason;
        membership.Place(regionCode, owner);
        return membership;
    }

    internal bool Apply(string? regionCode, Ownership.Owner owner, PoolMembershipValues values, Guid? batchId, DateTime nowUtc)
    {
        if (EntryReason == values.EntryReason && LeftOn == values.LeftOn && LeaveReason == values.LeaveReason && RegionCode == regionCode)
        {
            return false;
        }
        EntryReason = values.EntryReason;
        LeftOn = values.LeftOn;
        LeaveReason = values.LeaveReason;
        Place(regionCode, owner);
        Touched(batchId, nowUtc);
        return true;
    }
}
