namespace Kechuang.Modules.Registry.Finance;

public sealed record SubFundValues(string Name, string Manager, long SizeFen, long? GovernmentShareFen, DateOnly EstablishedOn, string? RegionCode);

/// <summary>科技成果转化/天使子基金 with the government guidance fund's share. Natural key: name.</summary>
public sealed class SubFund : RegistryRecord
{
    private SubFund()
    {
    }

    public string Name { get; private set; } = "";
    public string Manager { get; private set; } = "";
    public long SizeFen { get; private set; }
    public long? GovernmentShareFen { get; private set; }
    public DateOnly EstablishedOn { get; private set; }

    internal static SubFund Create(SubFundValues values, Ownership.Owner owner, RecordStamp stamp)
    {
        var fund = new SubFund();
        fund.Stamp(stamp);
        fund.Set(values, owner);
        return fund;
    }

    internal bool Apply(SubFundValues values, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues())
        {
            return false;
        }
        Set(values, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public SubFundValues ToValues() => new(Name, Manager, SizeFen, GovernmentShareFen, EstablishedOn, RegionCode);

    private void Set(SubFundValues v, Ownership.Owner owner)
    {
        Name = v.Name;
        Manager = v.Manager;
        SizeFen = v.SizeFen;
        GovernmentShareFen = v.GovernmentShareFen;
        EstablishedOn = v.EstablishedOn;
        Place(v.RegionCode, owner);
    }
}

public sealed record FundInvestmentValues(string FundName, string InvesteeUscc, string InvesteeName, long AmountFen, DateOnly InvestedOn, string? RegionCode);

/// <summary>A sub-fund's investment in an enterprise. Natural key: fund + investee USCC + date.</summary>
public sealed class FundInvestment : RegistryRecord
{
    private FundInvestment()
    {
    }

    public Guid FundId { get; private set; }
    public string InvesteeUscc { get; private set; } = "";
    public string InvesteeName { get; private set; } = "";
    public Guid? EnterpriseId { get; private set; }
    public long AmountFen { get; private set; }
    public DateOnly InvestedOn { get; private set; }

    internal static FundInvestment Create(Guid fundId, FundInvestmentValues values, Guid? enterpriseId, Ownership.Owner owner, RecordStamp stamp)
    {
        var investment = new FundInvestment { FundId = fundId, InvesteeUscc = values.InvesteeUscc, InvestedOn = values.InvestedOn };
        investment.Stamp(stamp);
        investment.Set(values, enterpriseId, owner);
        return investment;
    }

    internal bool Apply(FundInvestmentValues values, Guid? enterpriseId, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (InvesteeName == values.InvesteeName && AmountFen == values.AmountFen && EnterpriseId == enterpriseId && RegionCode == values.RegionCode)
        {
            return false;
        }
        Set(values, enterpriseId, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    private void Set(FundInvestmentValues v, Guid? enterpriseId, Ownership.Owner owner)
    {
        InvesteeName = v.InvesteeName;
        AmountFen = v.AmountFen;
        EnterpriseId = enterpriseId;
        Place(v.RegionCode, owner);
    }
}
