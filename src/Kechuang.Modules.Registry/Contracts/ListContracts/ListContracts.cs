using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts.ListContracts;

public sealed record ContractRow(
    Guid Id,
    string RegistrationNumber,
    DateOnly RegisteredOn,
    ContractType Type,
    string? Title,
    string SellerName,
    string SellerRegionCode,
    string BuyerName,
    string BuyerRegionCode,
    long ContractAmountFen,
    long TechTransactionAmountFen,
    TechField? TechField);

public sealed record ContractSummary(int Contracts, long ContractAmountFen, long TechTransactionAmountFen);

/// <summary>The technology contracts the user may see, filtered, paged and summed (count, 成交额, 技术交易额).</summary>
public sealed class ListContracts(KechuangDbContext db)
{
    public const string SortByAmount = "amount", SortByTechAmount = "techAmount";

    public async Task<Page<ContractRow>> ExecuteAsync(DataScope scope, ContractFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var contracts = Filtered(db, scope, filter);
        var ordered = (page.Sort, page.Descending) switch
        {
            (SortByAmount, true) => contracts.OrderByDescending(c => c.ContractAmountFen).ThenByDescending(c => c.Id),
            (SortByAmount, false) => contracts.OrderBy(c => c.ContractAmountFen).ThenBy(c => c.Id),
            (SortByTechAmount, true) => contracts.OrderByDescending(c => c.TechTransactionAmountFen).ThenByDescending(c => c.Id),
            (SortByTechAmount, false) => contracts.OrderBy(c => c.TechTransactionAmountFen).ThenBy(c => c.Id),
            (_, false) when page.Sort is not null => contracts.OrderBy(c => c.RegisteredOn).ThenBy(c => c.Id),
            _ => contracts.OrderByDescending(c => c.RegisteredOn).ThenByDescending(c => c.Id),
        };
        return await ordered.Select(c => new ContractRow(c.Id, c.RegistrationNumber, c.RegisteredOn, c.Type, c.Title, c.SellerName,
                c.SellerRegionCode, c.BuyerName, c.BuyerRegionCode, c.ContractAmountFen, c.TechTransactionAmountFen, c.TechField))
            .ToPageAsync(page, cancellationToken);
    }

    /// <summary>Count and sums over every row the filter matches (not just the page): one aggregate query.</summary>
    public async Task<ContractSummary> SummaryAsync(DataScope scope, ContractFilter filter, CancellationToken cancellationToken)
    {
        var total = await ContractFlows.TotalOfAsync(Filtered(db, scope, filter), cancellationToken);
        return new ContractSummary(total.Contracts, total.ContractAmountFen, total.TechTransactionAmountFen);
    }

    /// <summary>The visible contracts the filter keeps; the list, its summary and the export all start here.</summary>
    internal static IQueryable<TechContract> Filtered(KechuangDbContext db, DataScope scope, ContractFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var contracts = db.TechContracts().AsNoTracking().WhereVisibleTo(scope);
        if (filter.From is { } from)
        {
            contracts = contracts.Where(c => c.RegisteredOn >= from);
        }
        if (filter.To is { } to)
        {
            contracts = contracts.Where(c => c.RegisteredOn <= to);
        }
        if (filter.Type is { } type)
        {
            contracts = contracts.Where(c => c.Type == type);
        }
        if (filter.RegionCode is { } region)
        {
            contracts = ContractFlows.InDirection(contracts,
                filter.Direction == ContractDirection.Buyer ? ContractFlow.Inflow : ContractFlow.Outflow, region, listedByDate: true);
        }
        if (filter.Field is { } field)
        {
            contracts = contracts.Where(c => c.TechField == field);
        }
        if (filter.MinAmountFen is { } min)
        {
            contracts = contracts.Where(c => c.ContractAmountFen >= min);
        }
        if (filter.MaxAmountFen is { } max)
        {
            contracts = contracts.Where(c => c.ContractAmountFen <= max);
        }
        if (filter.Search is { } q)
        {
            contracts = contracts.Where(c => c.RegistrationNumber == q || c.SellerName.Contains(q) || c.BuyerName.Contains(q)
                || (c.Title != null && c.Title.Contains(q)));
        }
        return contracts;
    }
}
