namespace Kechuang.Modules.Registry.Qualifications;

public sealed record TechSmeRegistrationValues(
    string RegistrationNumber,
    string Uscc,
    int Year,
    DateOnly? RegisteredOn,
    DateOnly? RevokedOn,
    string? RevocationReason);

/// <summary>科技型中小企业入库登记编号: valid for its evaluation year (国科发政〔2017〕115号 第十二条), revocable.</summary>
public sealed class TechSmeRegistration : RegistryRecord
{
    private TechSmeRegistration()
    {
    }

    public string RegistrationNumber { get; private set; } = "";
    public Guid EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public DateOnly? RegisteredOn { get; private set; }
    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    internal static TechSmeRegistration Create(Guid enterpriseId, string? regionCode, Ownership.Owner owner,
        TechSmeRegistrationValues values, RecordStamp stamp)
    {
        var registration = new TechSmeRegistration { EnterpriseId = enterpriseId };
        registration.Stamp(stamp);
        registration.Set(values);
        registration.Place(regionCode, owner);
        return registration;
    }

    internal bool Apply(Guid enterpriseId, string? regionCode, Ownership.Owner owner, TechSmeRegistrationValues values,
        Guid? batchId, DateTime nowUtc)
    {
        if (EnterpriseId == enterpriseId && values == ToValues(values.Uscc) && RegionCode == regionCode)
        {
            return false;
        }
        EnterpriseId = enterpriseId;
        Set(values);
        Place(regionCode, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public TechSmeRegistrationValues ToValues(string uscc) =>
        new(RegistrationNumber, uscc, Year, RegisteredOn, RevokedOn, RevocationReason);

    private void Set(TechSmeRegistrationValues values)
    {
        RegistrationNumber = values.RegistrationNumber;
        Year = values.Year;
        RegisteredOn = values.RegisteredOn;
        RevokedOn = values.RevokedOn;
        RevocationReason = values.RevocationReason;
    }
}
