using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ImportSubFunds;

/// <summary>子基金 import, keyed by the fund's name.</summary>
public sealed class SubFundImport : RegistryImport<SubFundValues>
{
    public const string RegistryKey = "sub-funds";

    internal const int NameField = 0, ManagerField = 1, SizeField = 2, GovernmentField = 3, EstablishedField = 4, RegionField = 5;

    public override string Key => RegistryKey;
    public override string Title => "子基金";
    public override IReadOnlyList<Type> Tables => [typeof(SubFund)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("基金名称", true, "子基金全称，唯一", "西安硬科技天使投资基金合伙企业（有限合伙）", ["子基金名称", "名称"]),
        new("基金管理人", true, "管理机构全称", "西安秦创投资管理有限公司", ["管理人", "管理机构"]),
        new("基金规模", true, "认缴规模，默认单位万元，也可写 5亿元", "50000", ["规模", "认缴规模", "基金规模（万元）"]),
        new("政府出资", false, "引导基金出资额，默认单位万元，不能大于基金规模", "10000", ["引导基金出资", "政府出资额", "政府出资（万元）"]),
        new("设立日期", true, "如 2023-06-30", "2023-06-30", ["成立日期", "设立时间"]),
        new("所在区县", false, "6 位行政区划代码或区县名称；不填则归市局", "610113", ["行政区划代码", "区县"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一基金名称再次导入时更新该基金，不会重复新增。",
        "金额不带单位时按万元计。",
    ];

    public override SubFundValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var name = row.Text(NameField, 200);
        var manager = row.Text(ManagerField, 200);
        var size = row.Money(SizeField, MoneyUnit.TenThousandYuan);
        var government = row.Money(GovernmentField, MoneyUnit.TenThousandYuan);
        var established = row.Date(EstablishedField);
        var region = row.Region(RegionField);
        if (size is { } s)
        {
            row.Require(s > 0, SizeField, "基金规模应大于 0。");
            if (government is { } g && g > s)
            {
                row.Fail(GovernmentField, $"政府出资（{Money.FormatWanYuan(g)}）不能大于基金规模（{Money.FormatWanYuan(s)}）。");
            }
        }
        if (!row.IsValid || name is null || manager is null || size is null || established is null)
        {
            return null;
        }
        return new SubFundValues(name, manager, size.Value, government, established.Value, region);
    }

    public override string KeyOf(SubFundValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Name;
    }

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<SubFundValues>> rows,
        CancellationToken cancellationToken)
    {
        var keys = rows.Select(r => r.Values.Name).ToList();
        var existing = await store.Db.SubFunds().AsNoTracking().Where(f => keys.Contains(f.Name))
            .ToDictionaryAsync(f => f.Name, StringComparer.Ordinal, cancellationToken);
        var inserted = new List<SubFund>();
        var updated = new List<(SubFund, string)>();
        foreach (var row in rows)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue(row.Values.Name, out var fund))
            {
                var previous = store.Bulk.Snapshot(fund);
                if (fund.Apply(row.Values, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((fund, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(SubFund.Create(row.Values, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
