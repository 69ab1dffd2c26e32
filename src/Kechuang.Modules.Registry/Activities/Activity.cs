namespace Kechuang.Modules.Registry.Activities;

public enum ActivityKind
{
    Matchmaking,
    IndustryAcademiaFinance,
    CampusEnterpriseVisit,
    InnovationWeek,
    SciencePopularisation,
    Promotion,
}

public sealed record ActivityValues(
    ActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    DateOnly? EndsOn,
    string Organizer,
    string? RegionCode,
    int? Participants,
    int? Enterprises,
    string? Notes);

/// <summary>活动: 对接会, 产学研金, 校企行, 创新周, 科普, 宣传推介. Natural key: kind + title + start date.</summary>
public sealed class Activity : RegistryRecord
{
    private Activity()
    {
    }

    public ActivityKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public string Organizer { get; private set; } = "";
    public int? Participants { get; private set; }
    public int? Enterprises { get; private set; }
    public string? Notes { get; private set; }

    internal static Activity Create(ActivityValues values, Ownership.Owner owner, RecordStamp stamp)
    {
        var activity = new Activity();
        activity.Stamp(stamp);
        activity.Set(values, owner);
        return activity;
    }

    internal bool Apply(ActivityValues values, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues())
        {
            return false;
        }
        Set(values, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public ActivityValues ToValues() => new(Kind, Title, HeldOn, EndsOn, Organizer, RegionCode, Participants, Enterprises, Notes);

    private void Set(ActivityValues v, Ownership.Owner owner)
    {
        Kind = v.Kind;
        Title = v.Title;
        HeldOn = v.HeldOn;
        EndsOn = v.EndsOn;
        Organizer = v.Organizer;
        Participants = v.Participants;
        Enterprises = v.Enterprises;
        Notes = v.Notes;
        Place(v.RegionCode, owner);
    }
}
