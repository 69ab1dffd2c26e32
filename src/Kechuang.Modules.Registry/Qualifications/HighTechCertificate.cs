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

    /// <summary>The first day the certificate is no longer valid: the third anniversary of the issue date.</summary>
    public DateOnly ValidUntil { get; private set; }

    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>
    /// Three years of validity end on the day before the third anniversary. An issue on 29 February has no anniversary
    /// in a common year; .NET's AddYears would give 28 February and cut the last day off, so the certificate stays
    /// valid through 28 February and lapses on 1 March (2020-02-29 → valid through 2023-02-28).
    /// </summary>
    public static DateOnly ValidUntilFor(DateOnly issuedOn) =>
        issuedOn is { Month: 2, Day: 29 } ? new DateOnly(issuedOn.Year + ValidityYears, 3, 1) : issuedOn.AddYears(ValidityYears);

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

    /// <summary>Revokes the certificate from a day on (it is not valid on that day); false when it already was so.</summary>
    internal bool Revoke(DateOnly revokedOn, string reason, DateTime nowUtc)
    {
        if (RevokedOn == revokedOn && RevocationReason == reason)
        {
            return false;
        }
        RevokedOn = revokedOn;
        RevocationReason = reason;
        Touched(null, nowUtc);
        return true;
    }

    public HighTechCertificateValues ToValues(string uscc) => new(CertificateNumber, uscc, IssuedOn, RevokedOn, RevocationReason);

    private void Set(HighTechCertificateValues values)
    {
        CertificateNumber = values.CertificateNumber;
        IssuedOn = values.IssuedOn;
        ValidUntil = ValidUntilFor(values.IssuedOn);
        RevokedOn = values.RevokedOn;
        RevocationReason = values.RevocationReason;
    }
}
