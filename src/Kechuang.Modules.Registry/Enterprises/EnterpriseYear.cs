namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>One year's figures of an enterprise (money in fen), as its annual report or tax filing gives them.</summary>
public sealed record EnterpriseYearValues(
    string Uscc,
    int Year,
    int? Staff,
    int? TechStaff,
    long? SalesRevenueFen,
    long? TotalRevenueFen,
    long? TotalCostsFen,
    long? RdExpenseFen,
    long? DomesticRdExpenseFen,
    long? HighTechRevenueFen,
    long? TotalAssetsFen,
    long? NetAssetsFen,
    int? IpClassOne,
    int? IpClassTwo);

/// <summary>
/// 企业年度数据, one row per enterprise and year. It lies where its enterprise lies (region and owner copied from it,
/// moved with it by <see cref="EnterpriseRelocation"/>), so the data scope filters it directly.
/// </summary>
public sealed class EnterpriseYear : RegistryRecord
{
    private EnterpriseYear()
    {
    }

    public Guid EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public int? Staff { get; private set; }
    public int? TechStaff { get; private set; }
    public long? SalesRevenueFen { get; private set; }
    public long? TotalRevenueFen { get; private set; }

    /// <summary>成本费用总额 (the tech-SME rubric's alternative R&D ratio denominator).</summary>
    public long? TotalCostsFen { get; private set; }

    public long? RdExpenseFen { get; private set; }
    public long? DomesticRdExpenseFen { get; private set; }
    public long? HighTechRevenueFen { get; private set; }
    public long? TotalAssetsFen { get; private set; }
    public long? NetAssetsFen { get; private set; }

    /// <summary>Ⅰ类知识产权 (invention patents, plant varieties, IC layouts…).</summary>
    public int? IpClassOne { get; private set; }

    /// <summary>Ⅱ类知识产权 (utility models, designs, software copyrights).</summary>
    public int? IpClassTwo { get; private set; }

    internal static EnterpriseYear Create(Guid enterpriseId, string? regionCode, Ownership.Owner owner,
        EnterpriseYearValues values, RecordStamp stamp)
    {
        var year = new EnterpriseYear { EnterpriseId = enterpriseId };
        year.Stamp(stamp);
        year.Set(values);
        year.Place(regionCode, owner);
        return year;
    }

    internal bool Apply(string? regionCode, Ownership.Owner owner, EnterpriseYearValues values, Guid? batchId, DateTime nowUtc)
    {
        if (values with { Uscc = "" } == ToValues("") && RegionCode == regionCode)
        {
            return false;
        }
        Set(values);
        Place(regionCode, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public EnterpriseYearValues ToValues(string uscc) => new(uscc, Year, Staff, TechStaff, SalesRevenueFen, TotalRevenueFen,
        TotalCostsFen, RdExpenseFen, DomesticRdExpenseFen, HighTechRevenueFen, TotalAssetsFen, NetAssetsFen, IpClassOne, IpClassTwo);

    private void Set(EnterpriseYearValues v)
    {
        Year = v.Year;
        Staff = v.Staff;
        TechStaff = v.TechStaff;
        SalesRevenueFen = v.SalesRevenueFen;
        TotalRevenueFen = v.TotalRevenueFen;
        TotalCostsFen = v.TotalCostsFen;
        RdExpenseFen = v.RdExpenseFen;
        DomesticRdExpenseFen = v.DomesticRdExpenseFen;
        HighTechRevenueFen = v.HighTechRevenueFen;
        TotalAssetsFen = v.TotalAssetsFen;
        NetAssetsFen = v.NetAssetsFen;
        IpClassOne = v.IpClassOne;
        IpClassTwo = v.IpClassTwo;
    }
}
