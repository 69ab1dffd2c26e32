namespace Kechuang.Modules.Registry.Qualifications;

public enum GrowthKind
{
    Gazelle,
    PotentialUnicorn,
    Unicorn,
}

public enum RecognitionLevel
{
    National,
    Provincial,
    Municipal,
}

public sealed record GrowthRecognitionValues(string Uscc, GrowthKind Kind, int Year, RecognitionLevel Level);

/// <summary>瞪羚 / 潜在独角兽 / 独角兽企业认定: one per enterprise, kind and year.</summary>
public sealed class GrowthRecognition : RegistryRecord
{
    private GrowthRecognition()
    {
    }

    public Guid EnterpriseId { get; private set; }
    public GrowthKind Kind { get; private set; }
    public int Year { get; private set; }
    public RecognitionLevel Level { get; private set; }

    internal static GrowthRecognition Create(Guid enterpriseId, string? regionCode, Ownership.Owner owner,
        GrowthRecognitionValues values, RecordStamp stamp)
    {
        var recognition = new GrowthRecognition { EnterpriseId = enterpriseId, Kind = values.Kind, Year = values.Year };
        recognition.Stamp(stamp);
        recognition.Level = values.Level;
        recognition.Place(regionCode, owner);
        return recognition;
    }

    internal bool Apply(string? regionCode, Ownership.Owner owner, GrowthRecognitionValues values, Guid? batchId, DateTime nowUtc)
    {
        if (Level == values.Level && RegionCode == regionCode)
        {
            return false;
        }
        Level = values.Level;
        Place(regionCode, owner);
        Touched(batchId, nowUtc);
        return true;
    }
}
