namespace Kechuang.Modules.Registry.Contracts;

/// <summary>技术合同类型 (民法典 第八百四十三条起; 许可 separate from 转让 since the Civil Code).</summary>
public enum ContractType
{
    Development,
    Transfer,
    Licence,
    Consulting,
    Service,
}

public sealed record TechContractValues(
    string RegistrationNumber,
    DateOnly RegisteredOn,
    string Registry,
    ContractType Type,
    string? Subtype,
    string? Title,
    string SellerName,
    string? SellerUscc,
    string SellerRegionCode,
    string BuyerName,
    string? BuyerUscc,
    string BuyerRegionCode,
    long ContractAmountFen,
    long TechTransactionAmountFen,
    Enterprises.TechField? TechField);

/// <summary>
/// 技术合同 as registered (认定登记) by the seller side where the seller is. The record lies in the seller's region
/// (<see cref="RegistryRecord.RegionCode"/>); the buyer's region makes inflow derivable (see <see cref="ContractFlows"/>).
/// </summary>
public sealed class TechContract : RegistryRecord
{
    private TechContract()
    {
    }

    public string RegistrationNumber { get; private set; } = "";
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>登记机构 (e.g. 西安市技术合同登记处).</summary>
    public string Registry { get; private set; } = "";

    public ContractType Type { get; private set; }
    public string? Subtype { get; private set; }
    public string? Title { get; private set; }
    public string SellerName { get; private set; } = "";
    public string? SellerUscc { get; private set; }
    public string SellerRegionCode { get; private set; } = "";
    public string BuyerName { get; private set; } = "";
    public string? BuyerUscc { get; private set; }
    public string BuyerRegionCode { get; private set; } = "";
    public long ContractAmountFen { get; private set; }

    /// <summary>技术交易额: the certified technology part, at most the contract amount.</summary>
    public long TechTransactionAmountFen { get; private set; }

    public Enterprises.TechField? TechField { get; private set; }

    /// <summary>The seller (or buyer) enterprise when its USCC is in the registry.</summary>
    public Guid? SellerEnterpriseId { get; private set; }

    public Guid? BuyerEnterpriseId { get; private set; }

    internal static TechContract Create(TechContractValues values, Guid? sellerId, Guid? buyerId, Ownership.Owner owner, RecordStamp stamp)
    {
        var contract = new TechContract();
        contract.Stamp(stamp);
        contract.Set(values, sellerId, buyerId, owner);
        return contract;
    }

    internal bool Apply(TechContractValues values, Guid? sellerId, Guid? buyerId, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues() && sellerId == SellerEnterpriseId && buyerId == BuyerEnterpriseId)
        {
            return false;
        }
        Set(values, sellerId, buyerId, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public TechContractValues ToValues() => new(RegistrationNumber, RegisteredOn, Registry, Type, Subtype, Title, SellerName,
        SellerUscc, SellerRegionCode, BuyerName, BuyerUscc, BuyerRegionCode, ContractAmountFen, TechTransactionAmountFen, TechField);

    private void Set(TechContractValues v, Guid? sellerId, Guid? buyerId, Ownership.Owner owner)
    {
        RegistrationNumber = v.RegistrationNumber;
        RegisteredOn = v.RegisteredOn;
        Registry = v.Registry;
        Type = v.Type;
        Subtype = v.Subtype;
        Title = v.Title;
        SellerName = v.SellerName;
        SellerUscc = v.SellerUscc;
        SellerRegionCode = v.SellerRegionCode;
        BuyerName = v.BuyerName;
        BuyerUscc = v.BuyerUscc;
        BuyerRegionCode = v.BuyerRegionCode;
        ContractAmountFen = v.ContractAmountFen;
        TechTransactionAmountFen = v.TechTransactionAmountFen;
        TechField = v.TechField;
        SellerEnterpriseId = sellerId;
        BuyerEnterpriseId = buyerId;
        Place(v.SellerRegionCode, owner);
    }
}
