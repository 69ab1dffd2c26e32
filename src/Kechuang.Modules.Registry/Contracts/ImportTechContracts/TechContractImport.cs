using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts.ImportTechContracts;

/// <summary>
/// 技术合同 import, keyed by 合同登记号. The contract lies in the seller's region (its district bureau owns it); the
/// parties are linked to the registry's enterprises by USCC when they are there, and simply kept by name when not
/// (a buyer in 北京 is rarely in a 西安 registry).
/// </summary>
public sealed class TechContractImport(TimeProvider clock) : RegistryImport<TechContractValues>
{
    public const string RegistryKey = "tech-contracts";

    internal const int NumberField = 0, DateField = 1, RegistryField = 2, TypeField = 3, SubtypeField = 4, TitleField = 5,
        SellerNameField = 6, SellerUsccField = 7, SellerRegionField = 8, BuyerNameField = 9, BuyerUsccField = 10,
        BuyerRegionField = 11, AmountField = 12, TechAmountField = 13, TechFieldField = 14;

    public override string Key => RegistryKey;
    public override string Title => "技术合同";
    public override IReadOnlyList<Type> Tables => [typeof(TechContract)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("合同登记号", true, "技术合同登记机构编制的登记号，唯一", "2025610113000123", ["登记号", "合同编号"]),
        new("登记日期", true, "认定登记日期，不能晚于今天；如 2025-03-18 或 2025年3月18日", "2025-03-18", ["认定登记日期", "登记时间"]),
        new("登记机构", true, "如 西安市技术合同登记处", "西安市技术合同登记处", ["登记处", "认定登记机构"]),
        new("合同类型", true, RegistryLabels.Choices(RegistryLabels.ContractTypes) + "（也可写 开发、转让、许可、咨询、服务）", "技术开发", ["类型", "技术合同类型"]),
        new("合同子类", false, "如 委托开发、合作开发、专利权转让；可不填", "委托开发", ["子类", "合同类别"]),
        new("合同名称", true, "合同书上的项目名称", "工业机器人视觉定位系统开发", ["项目名称", "技术合同名称"]),
        new("卖方名称", true, "技术输出方（卖方）全称", "西安秦创智能科技有限公司", ["卖方", "技术输出方", "卖方单位名称"]),
        new("卖方统一社会信用代码", false, "18 位；填写时按 GB 32100-2015 校验，在企业库中的自动关联", "91610131MA6U5R4E0X", ["卖方信用代码"]),
        new("卖方所在地", true, "6 位行政区划代码或区县名称；合同计入卖方所在区县", "610113", ["卖方所在区县", "卖方行政区划代码"]),
        new("买方名称", true, "技术吸纳方（买方）全称", "北京中关村智造有限公司", ["买方", "技术吸纳方", "买方单位名称"]),
        new("买方统一社会信用代码", false, "18 位；填写时按 GB 32100-2015 校验，在企业库中的自动关联", "91110108MA01ABCD1X", ["买方信用代码"]),
        new("买方所在地", true, "6 位行政区划代码或区县名称", "110108", ["买方所在区县", "买方行政区划代码"]),
        new("合同成交额", true, "默认单位万元（统计口径为万元），也可写 12.5万元、125000元、1.2亿元", "120", ["成交额", "合同金额", "合同成交额（万元）"]),
        new("技术交易额", true, "默认单位万元，不能大于合同成交额", "100", ["技术交易额（万元）"]),
        new("技术领域", false, RegistryLabels.Choices(RegistryLabels.TechFields) + "；可不填", "先进制造与自动化", ["所属技术领域"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一合同登记号再次导入时更新该合同，不会重复新增。",
        "金额不带单位时按万元计（技术合同统计口径为万元）；带单位时按所写单位（元、万元、亿元）换算。",
        "合同归属卖方所在区县的科技局：区县用户只能看到本区县卖方的合同（技术输出）。",
        "买卖双方的统一社会信用代码在企业库中时自动关联企业；不在企业库中不影响导入。",
    ];

    public override TechContractValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var number = row.Text(NumberField, 40);
        var date = row.Date(DateField);
        var registry = row.Text(RegistryField, 100);
        var type = row.Choice(TypeField, RegistryLabels.ContractTypes);
        var subtype = row.Text(SubtypeField, 60);
        var title = row.Text(TitleField, 300);
        var sellerName = row.Text(SellerNameField, 200);
        var sellerUscc = row.Uscc(SellerUsccField);
        var sellerRegion = row.Region(SellerRegionField);
        var buyerName = row.Text(BuyerNameField, 200);
        var buyerUscc = row.Uscc(BuyerUsccField);
        var buyerRegion = row.Region(BuyerRegionField);
        var amount = row.Money(AmountField, MoneyUnit.TenThousandYuan);
        var techAmount = row.Money(TechAmountField, MoneyUnit.TenThousandYuan);
        var field = row.Choice(TechFieldField, RegistryLabels.TechFields);
        if (date is { } registered)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + BeijingTime.Offset);
            row.Require(registered <= today, DateField, $"登记日期 {registered:yyyy-MM-dd} 晚于今天，请核对。");
        }
        if (amount is { } a)
        {
            row.Require(a > 0, AmountField, "合同成交额应大于 0。");
        }
        if (techAmount is { } t)
        {
            row.Require(t > 0, TechAmountField, "技术交易额应大于 0。");
            if (amount is { } total && t > total)
            {
                row.Fail(TechAmountField, $"技术交易额（{Money.FormatWanYuan(t)}）不能大于合同成交额（{Money.FormatWanYuan(total)}）。");
            }
        }
        if (!row.IsValid || number is null || date is null || registry is null || type is null || title is null || sellerName is null
            || sellerRegion is null || buyerName is null || buyerRegion is null || amount is null || techAmount is null)
        {
            return null;
        }
        return new TechContractValues(number, date.Value, registry, type.Value, subtype, title, sellerName, sellerUscc, sellerRegion,
            buyerName, buyerUscc, buyerRegion, amount.Value, techAmount.Value, field);
    }

    public override string KeyOf(TechContractValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.RegistrationNumber;
    }

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<TechContractValues>> rows,
        CancellationToken cancellationToken)
    {
        var keys = rows.Select(r => r.Values.RegistrationNumber).ToList();
        var existing = await store.Db.TechContracts().AsNoTracking().Where(c => keys.Contains(c.RegistrationNumber))
            .ToDictionaryAsync(c => c.RegistrationNumber, StringComparer.Ordinal, cancellationToken);
        var enterprises = await store.EnterprisesAsync(
            rows.SelectMany(r => new[] { r.Values.SellerUscc, r.Values.BuyerUscc }).OfType<string>(), cancellationToken);
        var inserted = new List<TechContract>();
        var updated = new List<(TechContract, string)>();
        foreach (var row in rows)
        {
            var v = row.Values;
            var sellerId = v.SellerUscc is { } s && enterprises.TryGetValue(s, out var seller) ? seller.Id : (Guid?)null;
            var buyerId = v.BuyerUscc is { } b && enterprises.TryGetValue(b, out var buyer) ? buyer.Id : (Guid?)null;
            var owner = store.Owners.For(v.SellerRegionCode);
            if (existing.TryGetValue(v.RegistrationNumber, out var contract))
            {
                var previous = store.Bulk.Snapshot(contract);
                if (contract.Apply(v, sellerId, buyerId, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((contract, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(TechContract.Create(v, sellerId, buyerId, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
