using System.Globalization;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ImportFundInvestments;

/// <summary>
/// 子基金投资 import, keyed by fund + investee USCC + date. The fund must already be in the registry; the investment
/// lies where the investee lies (the enterprise registry's district, else the 所在区县 column, else the city bureau).
/// </summary>
public sealed class FundInvestmentImport : RegistryImport<FundInvestmentValues>
{
    public const string RegistryKey = "fund-investments";

    internal const int FundField = 0, UsccField = 1, NameField = 2, AmountField = 3, DateField = 4, RegionField = 5;

    public override string Key => RegistryKey;
    public override string Title => "子基金投资";
    public override IReadOnlyList<Type> Tables => [typeof(FundInvestment)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("基金名称", true, "已登记的子基金全称（先导入子基金）", "西安硬科技天使投资基金合伙企业（有限合伙）", ["子基金名称", "子基金"]),
        new("被投企业信用代码", true, "被投企业统一社会信用代码，18 位", "91610131MA6U5R4E0X", ["被投企业统一社会信用代码", "统一社会信用代码"]),
        new("被投企业名称", true, "与营业执照一致", "西安秦创智能科技有限公司", ["被投企业", "企业名称"]),
        new("投资金额", true, "默认单位万元，也可写 800万元", "800", ["金额", "投资金额（万元）"]),
        new("投资日期", true, "如 2025-03-18", "2025-03-18", ["投资时间", "出资日期"]),
        new("所在区县", false, "被投企业不在企业库中时填写：6 位行政区划代码或区县名称", "610113", ["行政区划代码", "区县"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一基金对同一企业同一日期的投资再次导入时更新，不会重复新增。",
        "基金必须已在子基金库中，否则该行不导入。",
        "被投企业在企业库中时，投资计入企业库登记的所在区县。",
    ];

    public override FundInvestmentValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var fund = row.Text(FundField, 200);
        var uscc = row.Uscc(UsccField);
        var name = row.Text(NameField, 200);
        var amount = row.Money(AmountField, MoneyUnit.TenThousandYuan);
        var date = row.Date(DateField);
        var region = row.Region(RegionField);
        if (amount is { } a)
        {
            row.Require(a > 0, AmountField, "投资金额应大于 0。");
        }
        if (!row.IsValid || fund is null || uscc is null || name is null || amount is null || date is null)
        {
            return null;
        }
        return new FundInvestmentValues(fund, uscc, name, amount.Value, date.Value, region);
    }

    public override string KeyOf(FundInvestmentValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return NaturalKey(values.FundName, values.InvesteeUscc, values.InvestedOn);
    }

    private static string NaturalKey(string fund, string uscc, DateOnly date) =>
        string.Join('\u001f', fund, uscc, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<FundInvestmentValues>> rows,
        CancellationToken cancellationToken)
    {
        var names = rows.Select(r => r.Values.FundName).Distinct().ToList();
        var funds = await store.Db.SubFunds().AsNoTracking().Where(f => names.Contains(f.Name))
            .Select(f => new { f.Id, f.Name })
            .ToDictionaryAsync(f => f.Name, f => f.Id, StringComparer.Ordinal, cancellationToken);
        var fundIds = funds.Values.ToList();
        var usccs = rows.Select(r => r.Values.InvesteeUscc).Distinct().ToList();
        var fundNames = funds.ToDictionary(f => f.Value, f => f.Key);
        var existing = (await store.Db.FundInvestments().AsNoTracking()
                .Where(i => fundIds.Contains(i.FundId) && usccs.Contains(i.InvesteeUscc))
                .ToListAsync(cancellationToken))
            .ToDictionary(i => NaturalKey(fundNames[i.FundId], i.InvesteeUscc, i.InvestedOn), StringComparer.Ordinal);
        var enterprises = await store.EnterprisesAsync(usccs, cancellationToken);
        var inserted = new List<FundInvestment>();
        var updated = new List<(FundInvestment, string)>();
        foreach (var row in rows)
        {
            if (!funds.TryGetValue(row.Values.FundName, out var fundId))
            {
                row.Reject(Fields[FundField].Header, $"子基金“{row.Values.FundName}”不在子基金库中，请先导入该基金。");
                continue;
            }
            var enterprise = enterprises.GetValueOrDefault(row.Values.InvesteeUscc);
            var values = row.Values with { RegionCode = enterprise?.RegionCode ?? row.Values.RegionCode };
            var owner = store.Owners.For(values.RegionCode);
            if (existing.TryGetValue(KeyOf(values), out var investment))
            {
                var previous = store.Bulk.Snapshot(investment);
                if (investment.Apply(values, enterprise?.Id, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((investment, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(FundInvestment.Create(fundId, values, enterprise?.Id, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
