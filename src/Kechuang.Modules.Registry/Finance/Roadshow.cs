namespace Kechuang.Modules.Registry.Finance;

public sealed record RoadshowValues(
    string Title,
    DateOnly HeldOn,
    string Organizer,
    string? RegionCode,
    IReadOnlyList<string> Enterprises,
    IReadOnlyList<string> Investors,
    long? IntendedInvestmentFen)
{
    public bool Equivalent(RoadshowValues other) =>
        Title == other.Title && HeldOn == other.HeldOn && Organizer == other.Organizer && RegionCode == other.RegionCode
        && Enterprises.SequenceEqual(other.Enterprises) && Investors.SequenceEqual(other.Investors)
        && IntendedInvestmentFen == other.IntendedInvestmentFen;
}

/// <summary>路演 with the participating enterprises and investors (names, one per line in the record). Key: title + date.</summary>
public sealed class Roadshow : RegistryRecord
{
    private Roadshow()
    {
    }

    public string Title { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Organizer { get; private set; } = "";

    /// <summary>Participating enterprises, one name per line.</summary>
    public string Enterprises { get; private set; } = "";

    public int EnterpriseCount { get; private set; }

    /// <summary>Participating investors, one name per line.</summary>
    public string Investors { get; private set; } = "";

    public int InvestorCount { get; private set; }
    public long? IntendedInvestmentFen { get; private set; }

    internal static Roadshow Create(RoadshowValues values, Ownership.Owner owner, RecordStamp stamp)
    {
        var roadshow = new Roadshow();
        roadshow.Stamp(stamp);
        roadshow.Set(values, owner);
        return roadshow;
    }

    internal bool Apply(RoadshowValues values, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values.Equivalent(ToValues()))
        {
            return false;
        }
        Set(values, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public RoadshowValues ToValues() => new(Title, HeldOn, Organizer, RegionCode, Split(Enterprises), Split(Investors), IntendedInvestmentFen);

    private static string[] Split(string lines) => lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private void Set(RoadshowValues v, Ownership.Owner owner)
    {
        Title = v.Title;
        HeldOn = v.HeldOn;
        Organizer = v.Organizer;
        Enterprises = string.Join('\n', v.Enterprises);
        EnterpriseCount = v.Enterprises.Count;
        Investors = string.Join('\n', v.Investors);
        InvestorCount = v.Investors.Count;
        IntendedInvestmentFen = v.IntendedInvestmentFen;
        Place(v.RegionCode, owner);
    }
}
