namespace Kechuang.Modules.Registry.Talents;

public enum TalentKind
{
    TechManager,
    OverseasTalent,
    TechCommissioner,
}

/// <summary>
/// A talent's values as entered. <paramref name="IdentityNumber"/> is the plaintext identifier (居民身份证号 or passport
/// number) and never reaches the database as such: the record keeps it SM4-encrypted, masked, and as a keyed hash
/// for the natural key.
/// </summary>
public sealed record TalentValues(
    TalentKind Kind,
    string Name,
    string IdentityNumber,
    string? Employer,
    string? RegionCode,
    DateOnly EffectiveOn,
    string? Programme,
    string? CertificateNumber,
    string? ServedVillages,
    string? Country);

/// <summary>
/// 人才: 技术经理人 (certification date), 海外高层次人才 (introduction date, programme), 科技特派员 (dispatch date,
/// served villages). <see cref="EffectiveOn"/> is that date for each kind. Natural key: kind + identity hash.
/// </summary>
public sealed class Talent : RegistryRecord
{
    private Talent()
    {
    }

    public TalentKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>SM4 ciphertext of the identifier (<see cref="Kechuang.Platform.Security.PersonalData"/>).</summary>
    public string IdentityCipher { get; private set; } = "";

    public string IdentityMasked { get; private set; } = "";

    /// <summary>Keyed SM3 hash of the normalised identifier: finds the same person again without decrypting.</summary>
    public string IdentityHash { get; private set; } = "";

    public string? Employer { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? Programme { get; private set; }
    public string? CertificateNumber { get; private set; }
    public string? ServedVillages { get; private set; }
    public string? Country { get; private set; }

    internal static Talent Create(TalentValues values, ProtectedIdentity identity, Ownership.Owner owner, RecordStamp stamp)
    {
        var talent = new Talent { Kind = values.Kind, IdentityHash = identity.Hash };
        talent.Stamp(stamp);
        talent.Set(values, identity, owner);
        return talent;
    }

    internal bool Apply(TalentValues values, ProtectedIdentity identity, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (Name == values.Name && Employer == values.Employer && RegionCode == values.RegionCode && EffectiveOn == values.EffectiveOn
            && Programme == values.Programme && CertificateNumber == values.CertificateNumber
            && ServedVillages == values.ServedVillages && Country == values.Country)
        {
            return false;
        }
        Set(values, identity, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    private void Set(TalentValues values, ProtectedIdentity identity, Ownership.Owner owner)
    {
        Name = values.Name;
        IdentityCipher = identity.Cipher;
        IdentityMasked = identity.Masked;
        Employer = values.Employer;
        EffectiveOn = values.EffectiveOn;
        Programme = values.Programme;
        CertificateNumber = values.CertificateNumber;
        ServedVillages = values.ServedVillages;
        Country = values.Country;
        Place(values.RegionCode, owner);
    }
}

/// <summary>An identifier as the record stores it.</summary>
internal sealed record ProtectedIdentity(string Cipher, string Masked, string Hash);
