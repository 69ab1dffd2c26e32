namespace Kechuang.Modules.Registry.Qualifications;

public sealed record HighTechCertificateValues(
    string CertificateNumber,
    string Uscc,
    DateOnly IssuedOn,
    DateOnly? RevokedOn,
    string? RevocationReason);

/// <summary>
/// 高新技术企业证书: valid three years from the issue date (国科发火〔2016〕32号 第十四条), unless revoked earlier.
/// Valid on a day d exactly when IssuedOn ≤ d &lt; ValidUntil and not revoked on or before d.
/// </summary>
public sealed class HighTechCertificate : RegistryRecord
{
    public const int ValidityYears = 3;

    private HighTechCertificate()
    {
    }

    public string CertificateNumber { get; private set; } = "";
    public Guid EnterpriseId { get; private set; }
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The first day the certificate is no longer valid (issue date + 3 years).</summary>
    public DateOnly ValidUntil { get; private set; }

    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsValidOn(DateOnly day) => IssuedOn <= day && day < ValidUntil && (RevokedOn is null || RevokedOn > day);

    internal static HighTechCertificate Create(Guid enterpriseId, string? regionCode, Ownership.Owner owner,
        HighTechCertificateValues values, RecordStamp stamp)
    {
        var certificate = new HighTechCertificate { EnterpriseId = enterpriseId };
        certificate.Stamp(stamp);
        certificate.Set(values);
        certificate.Place(regionCode, owner);
        return certificate;
    }

    internal bool Apply(Guid enterpriseId, string? regionCode, Ownership.Owner owner, HighTechCertificateValues values,
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

    public HighTechCertificateValues ToValues(string uscc) => new(CertificateNumber, uscc, IssuedOn, RevokedOn, RevocationReason);

    private void Set(HighTechCertificateValues values)
    {
        CertificateNumber = values.CertificateNumber;
        IssuedOn = values.IssuedOn;
        ValidUntil = values.IssuedOn.AddYears(ValidityYears);
        RevokedOn = values.RevokedOn;
        RevocationReason = values.RevocationReason;
    }
}
