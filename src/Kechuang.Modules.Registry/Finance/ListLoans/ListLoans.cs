using System.Globalization;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ListLoans;

/// <summary>The loans list's filter (放款日期 range, bank, region subtree), shared by the list, its summary and the export.</summary>
public sealed record LoanFilter(DateOnly? From = null, DateOnly? To = null, string? Bank = null, string? RegionCode = null)
{
    public static Result<LoanFilter> Parse(string? from, string? to, string? bank, string? region)
    {
        var errors = new List<string>();
        DateOnly? Date(string? text, string label)
        {
            if (SheetValues.Clean(text) is not { } value)
            {
                return null;
            }
            var parsed = SheetValues.ParseDate(value);
            if (parsed.IsSuccess)
            {
                return parsed.Value;
            }
            errors.Add($"{label}：{parsed.Error.Message}");
            return null;
        }
        var regionCode = SheetValues.Clean(region);
        if (regionCode is not null && !(regionCode.Length == 6 && regionCode.All(char.IsAsciiDigit)))
        {
            errors.Add($"地区“{regionCode}”应为 6 位行政区划代码。");
        }
        var filter = new LoanFilter(Date(from, "起始日期"), Date(to, "截止日期"), SheetValues.Clean(bank), regionCode);
        return errors.Count == 0 ? filter : Error.Validation("loans.filter", string.Join("；", errors));
    }

    public string ToQuery() => string.Join('&', new[]
        {
            ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("bank", Bank),
            ("region", RegionCode),
        }
        .Where(p => !string.IsNullOrEmpty(p.Item2))
        .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}

public sealed record LoanRow(Guid Id, string Bank, string LoanNumber, string BorrowerUscc, string BorrowerName, Guid? EnterpriseId,
    string? Product, long AmountFen, DateOnly LoanedOn, int? TermMonths, string? RegionCode);

public sealed record LoanSummary(int Loans, int Enterprises, long AmountFen);

/// <summary>科技贷款 the user may see, filtered and paged, with the number of distinct borrowers and the amount lent.</summary>
public sealed class ListLoans(KechuangDbContext db)
{
    public async Task<Page<LoanRow>> ExecuteAsync(DataScope scope, LoanFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var loans = Filtered(db, scope, filter);
        var ordered = page.Sort == "amount"
            ? (page.Descending ? loans.OrderByDescending(l => l.AmountFen).ThenByDescending(l => l.Id) : loans.OrderBy(l => l.AmountFen).ThenBy(l => l.Id))
            : (page.Sort is not null && !page.Descending ? loans.OrderBy(l => l.LoanedOn).ThenBy(l => l.Id) : loans.OrderByDescending(l => l.LoanedOn).ThenByDescending(l => l.Id));
        return await ordered
            .Select(l => new LoanRow(l.Id, l.Bank, l.LoanNumber, l.BorrowerUscc, l.BorrowerName, l.EnterpriseId, l.Product, l.AmountFen,
                l.LoanedOn, l.TermMonths, l.RegionCode))
            .ToPageAsync(page, cancellationToken);
    }

    public async Task<LoanSummary> SummaryAsync(DataScope scope, LoanFilter filter, CancellationToken cancellationToken)
    {
        var loans = Filtered(db, scope, filter);
        var totals = await loans.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(l => l.AmountFen) })
            .FirstOrDefaultAsync(cancellationToken);
        var enterprises = await loans.Select(l => l.BorrowerUscc).Distinct().CountAsync(cancellationToken);
        return new LoanSummary(totals?.Count ?? 0, enterprises, totals?.Amount ?? 0);
    }

    internal static IQueryable<TechLoan> Filtered(KechuangDbContext db, DataScope scope, LoanFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var loans = db.TechLoans().AsNoTracking().WhereVisibleTo(scope);
        if (filter.From is { } from)
        {
            loans = loans.Where(l => l.LoanedOn >= from);
        }
        if (filter.To is { } to)
        {
            loans = loans.Where(l => l.LoanedOn <= to);
        }
        if (filter.Bank is { } bank)
        {
            loans = loans.Where(l => l.Bank.Contains(bank));
        }
        if (filter.RegionCode is { } region)
        {
            var (low, high) = Contracts.ContractFlows.RegionRange(region);
            loans = high is null
                ? loans.Where(l => l.RegionCode == low)
                : loans.Where(l => l.RegionCode != null && l.RegionCode.CompareTo(low) >= 0 && l.RegionCode.CompareTo(high) < 0);
        }
        return loans;
    }
}
