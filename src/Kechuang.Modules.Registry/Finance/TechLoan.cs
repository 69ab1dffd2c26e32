namespace Kechuang.Modules.Registry.Finance;

public sealed record TechLoanValues(
    string Bank,
    string LoanNumber,
    string BorrowerUscc,
    string BorrowerName,
    string? Product,
    long AmountFen,
    DateOnly LoanedOn,
    int? TermMonths,
    string? RegionCode);

/// <summary>科技贷款 to an enterprise, as a partner bank reports it. Natural key: bank + the bank's loan contract number.</summary>
public sealed class TechLoan : RegistryRecord
{
    private TechLoan()
    {
    }

    public string Bank { get; private set; } = "";
    public string LoanNumber { get; private set; } = "";
    public string BorrowerUscc { get; private set; } = "";
    public string BorrowerName { get; private set; } = "";

    /// <summary>The borrower when it is in the enterprise registry.</summary>
    public Guid? EnterpriseId { get; private set; }

    public string? Product { get; private set; }
    public long AmountFen { get; private set; }
    public DateOnly LoanedOn { get; private set; }
    public int? TermMonths { get; private set; }

    internal static TechLoan Create(TechLoanValues values, Guid? enterpriseId, Ownership.Owner owner, RecordStamp stamp)
    {
        var loan = new TechLoan();
        loan.Stamp(stamp);
        loan.Set(values, enterpriseId, owner);
        return loan;
    }

    internal bool Apply(TechLoanValues values, Guid? enterpriseId, Ownership.Owner owner, Guid? batchId, DateTime nowUtc)
    {
        if (values == ToValues() && enterpriseId == EnterpriseId)
        {
            return false;
        }
        Set(values, enterpriseId, owner);
        Touched(batchId, nowUtc);
        return true;
    }

    public TechLoanValues ToValues() =>
        new(Bank, LoanNumber, BorrowerUscc, BorrowerName, Product, AmountFen, LoanedOn, TermMonths, RegionCode);

    private void Set(TechLoanValues v, Guid? enterpriseId, Ownership.Owner owner)
    {
        Bank = v.Bank;
        LoanNumber = v.LoanNumber;
        BorrowerUscc = v.BorrowerUscc;
        BorrowerName = v.BorrowerName;
        Product = v.Product;
        AmountFen = v.AmountFen;
        LoanedOn = v.LoanedOn;
        TermMonths = v.TermMonths;
        EnterpriseId = enterpriseId;
        Place(v.RegionCode, owner);
    }
}
