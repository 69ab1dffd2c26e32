using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts;

/// <summary>
/// The four directions a region's contracts are counted in (../shared/DOMAIN.md, 技术合同): 输出 sums contracts whose
/// seller is in the region; 吸纳 those whose buyer is. "本地吸纳" has no official definition, so all three readings
/// are offered and a target chooses one.
/// </summary>
public enum ContractFlow
{
    Outflow,
    Inflow,
    LocalToLocal,
    InflowFromOutside,
}

public sealed record ContractFlowTotal(int Contracts, long ContractAmountFen, long TechTransactionAmountFen);

public sealed class ContractFlows(KechuangDbContext db)
{
    /// <summary>Contracts registered in [from, to] (both inclusive) flowing in the given direction for the region subtree.</summary>
    public IQueryable<TechContract> Query(ContractFlow flow, string regionCode, DateOnly from, DateOnly to)
    {
        var prefix = DataScopeQueries.SignificantPrefix(regionCode);
        var contracts = db.TechContracts().AsNoTracking().Where(c => c.RegisteredOn >= from && c.RegisteredOn <= to);
        return flow switch
        {
            ContractFlow.Outflow => contracts.Where(c => c.SellerRegionCode.StartsWith(prefix)),
            ContractFlow.Inflow => contracts.Where(c => c.BuyerRegionCode.StartsWith(prefix)),
            ContractFlow.LocalToLocal => contracts.Where(c => c.BuyerRegionCode.StartsWith(prefix) && c.SellerRegionCode.StartsWith(prefix)),
            ContractFlow.InflowFromOutside => contracts.Where(c => c.BuyerRegionCode.StartsWith(prefix) && !c.SellerRegionCode.StartsWith(prefix)),
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, null),
        };
    }

    public async Task<ContractFlowTotal> TotalAsync(ContractFlow flow, string regionCode, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var totals = await Query(flow, regionCode, from, to)
            .GroupBy(_ => 1)
            .Select(g => new ContractFlowTotal(g.Count(), g.Sum(c => c.ContractAmountFen), g.Sum(c => c.TechTransactionAmountFen)))
            .FirstOrDefaultAsync(cancellationToken);
        return totals ?? new ContractFlowTotal(0, 0, 0);
    }
}
