using Kechuang.Modules.Registry.Qualifications;

namespace Kechuang.Modules.Registry.Platforms;

public enum PlatformKind
{
    KeyLab,
    EngineeringCenter,
    NewRdInstitution,
    Makerspace,
    Incubator,
    Accelerator,
    UniversitySciencePark,
    TechTransferInstitution,
    InternationalCooperationBase,
    AgriculturalPark,
    HighTechZone,
}

public enum PlatformStatus
{
    Active,
    Suspended,
    Revoked,
}

public sealed record PlatformValues(
    PlatformKind Kind,
    string Name,
    RecognitionLevel Level,
    string HostName,
    string? HostUscc,
    string RegionCode,
    DateOnly RecognizedOn,
    PlatformStatus Status);

/// <summary>
/// 创新平台与载体 (重点实验室, 众创空间, 孵化器 …): kind, level, host, recognition date and status; yearly assessment grades
/// are <see cref="PlatformAssessment"/> rows. Natural key: kind + level + name.
/// </summary>
public sealed class InnovationPlatform : RegistryRecord
{
    private InnovationPlatform()
    {
    }

    public PlatformKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public RecognitionLevel Level { get; private set; }
    public string HostName { get; private set; } = "";
    public string? HostUscc { get; private set; }
    public DateOnly RecognizedOn { get; private set; }
    public PlatformStatus Status { get; private set; }

    internal static InnovationPlatform Create(PlatformValues values, Ownership.Owner owner, RecordStamp stamp)
    {
        var platform = new InnovationPlatform();
        platform.Stamp(stamp);
        platform.Set(values, owner);
        return platform;
    }

    internal bool Apply(PlatformValues values, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues())
        {
            return false;
        }
        Set(values, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public PlatformValues ToValues() => new(Kind, Name, Level, HostName, HostUscc, RegionCode ?? "", RecognizedOn, Status);

    private void Set(PlatformValues values, Ownership.Owner owner)
    {
        Kind = values.Kind;
        Name = values.Name;
        Level = values.Level;
        HostName = values.HostName;
        HostUscc = values.HostUscc;
        RecognizedOn = values.RecognizedOn;
        Status = values.Status;
        Place(values.RegionCode, owner);
    }
}

public sealed record PlatformAssessmentValues(PlatformKind Kind, RecognitionLevel Level, string PlatformName, int Year, string Grade);

/// <summary>年度考核/绩效评价 grade of a platform (优秀/良好/合格/不合格), one per platform and year.</summary>
public sealed class PlatformAssessment : RegistryRecord
{
    public static readonly IReadOnlyList<string> Grades = ["优秀", "良好", "合格", "不合格"];

    private PlatformAssessment()
    {
    }

    public Guid PlatformId { get; private set; }
    public int Year { get; private set; }
    public string Grade { get; private set; } = "";

    internal static PlatformAssessment Create(Guid platformId, string? regionCode, Ownership.Owner owner, int year, string grade, RecordStamp stamp)
    {
        var assessment = new PlatformAssessment { PlatformId = platformId, Year = year, Grade = grade };
        assessment.Stamp(stamp);
        assessment.Place(regionCode, owner);
        return assessment;
    }

    internal bool Apply(string? regionCode, Ownership.Owner owner, string grade, Guid? batchId, DateTime nowUtc)
    {
        if (Grade == grade && RegionCode == regionCode)
        {
            return false;
        }
        Grade = grade;
        Place(regionCode, owner);
        Touched(batchId, nowUtc);
        return true;
    }
}
