using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.GetFund;

public sealed record InvestmentRow(Guid Id, string InvesteeUscc, string InvesteeName, Guid? EnterpriseId, long AmountFen,
    DateOnly InvestedOn, string? RegionCode);

public sealed record FundDetail(Guid Id, string Name, string Manager, long SizeFen, long? GovernmentShareFen, DateOnly EstablishedOn,
    string? RegionCode, int Version, IReadOnlyList<InvestmentRow> Investments, long InvestedFen);

/// <summary>One sub-fund the user may see, with its investments the user may see (newest first).</summary>
public sealed class GetFund(KechuangDbContext db)
{
    public async Task<Result<FundDetail>> ExecuteAsync(DataScope scope, Guid id, CancellationToken cancellationToken)
    {
        var fund = await db.SubFunds().AsNoTracking().WhereVisibleTo(scope).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fund is null)
        {
            return Error.NotFound("fund-not-found", "未找到该子基金，可能已被删除或不在您的数据范围内。");
        }
        var investments = await db.FundInvestments().AsNoTracking().WhereVisibleTo(scope).Where(i => i.FundId == id)
            .OrderByDescending(i => i.InvestedOn).ThenBy(i => i.Id)
            .Select(i => new InvestmentRow(i.Id, i.InvesteeUscc, i.InvesteeName, i.EnterpriseId, i.AmountFen, i.InvestedOn, i.RegionCode))
            .ToListAsync(cancellationToken);
        return new FundDetail(fund.Id, fund.Name, fund.Manager, fund.SizeFen, fund.GovernmentShareFen, fund.EstablishedOn, fund.RegionCode,
            fund.Version, investments, investments.Sum(i => i.AmountFen));
    }
}
