using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ListFunds;

public sealed record FundRow(Guid Id, string Name, string Manager, long SizeFen, long? GovernmentShareFen, DateOnly EstablishedOn,
    string? RegionCode, int Investments, long InvestedFen);

/// <summary>子基金 the user may see, each with the number and sum of its investments the user may see.</summary>
public sealed class ListFunds(KechuangDbContext db)
{
    public async Task<Page<FundRow>> ExecuteAsync(DataScope scope, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var funds = db.SubFunds().AsNoTracking().WhereVisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            funds = funds.Where(f => f.Name.Contains(q) || f.Manager.Contains(q));
        }
        var investments = db.FundInvestments().AsNoTracking().WhereVisibleTo(scope);
        var rows = funds.OrderByDescending(f => f.EstablishedOn).ThenBy(f => f.Id)
            .Select(f => new FundRow(f.Id, f.Name, f.Manager, f.SizeFen, f.GovernmentShareFen, f.EstablishedOn, f.RegionCode,
                investments.Count(i => i.FundId == f.Id),
                investments.Where(i => i.FundId == f.Id).Sum(i => (long?)i.AmountFen) ?? 0));
        return await rows.ToPageAsync(page, cancellationToken);
    }
}
