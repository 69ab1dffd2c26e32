namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>国家重点支持的高新技术领域 (国科发火〔2016〕32号 附件): the eight fields.</summary>
public enum TechField
{
    ElectronicInformation,
    BiologyAndMedicine,
    Aerospace,
    NewMaterials,
    HighTechServices,
    NewEnergyAndEnergySaving,
    ResourcesAndEnvironment,
    AdvancedManufacturing,
}

/// <summary>企业所得税征收方式: 查账征收 or 核定征收 (科小 requires the former since 国科火字〔2022〕67号).</summary>
public enum TaxAssessmentMode
{
    ActualProfit,
    Deemed,
}

public enum ListingStatus
{
    Unlisted,
    MainBoard,
    ChiNext,
    StarMarket,
    BeijingExchange,
    Neeq,
    Overseas,
}

/// <summary>The values of an enterprise's master record, validated, as a form or an import row gives them.</summary>
public sealed record EnterpriseValues(
    string Uscc,
    string Name,
    string RegionCode,
    string? ZoneCode,
    string? IndustryCode,
    TechField? TechField,
    DateOnly? FoundedOn,
    TaxAssessmentMode? TaxMode,
    bool AboveDesignatedSize,
    ListingStatus Listing);

/// <summary>企业: the master record, filled once and reused by every module (evaluation, contracts, loans…).</summary>
public sealed class Enterprise : RegistryRecord
{
    private Enterprise()
    {
    }

    public string Uscc { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>开发区 code from <see cref="DevelopmentZones"/>; zones are management areas, not region codes.</summary>
    public string? ZoneCode { get; private set; }

    /// <summary>GB/T 4754-2017 code, e.g. I6513.</summary>
    public string? IndustryCode { get; private set; }

    public TechField? TechField { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    public TaxAssessmentMode? TaxMode { get; private set; }
    public bool AboveDesignatedSize { get; private set; }
    public ListingStatus Listing { get; private set; }

    internal static Enterprise Create(EnterpriseValues values, Ownership.Owner owner, RecordStamp stamp)
    {
        var enterprise = new Enterprise();
        enterprise.Stamp(stamp);
        enterprise.Set(values, owner);
        return enterprise;
    }

    /// <summary>Applies the values; false (and nothing touched) when they are what the record already holds.</summary>
    internal bool Apply(EnterpriseValues values, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues())
        {
            return false;
        }
        Set(values, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public EnterpriseValues ToValues() =>
        new(Uscc, Name, RegionCode ?? "", ZoneCode, IndustryCode, TechField, FoundedOn, TaxMode, AboveDesignatedSize, Listing);

    private void Set(EnterpriseValues values, Ownership.Owner owner)
    {
        Uscc = values.Uscc;
        Name = values.Name;
        ZoneCode = values.ZoneCode;
        IndustryCode = values.IndustryCode;
        TechField = values.TechField;
        FoundedOn = values.FoundedOn;
        TaxMode = values.TaxMode;
        AboveDesignatedSize = values.AboveDesignatedSize;
        Listing = values.Listing;
        Place(values.RegionCode, owner);
    }
}
