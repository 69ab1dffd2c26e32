using System.Globalization;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;

/// <summary>
/// 企业年度数据 import, one row per enterprise and year (the natural key), money in 万元 unless the cell names its unit.
/// The year row lies where its enterprise lies, so the enterprise must already be in the registry.
/// </summary>
public sealed class EnterpriseYearImport : RegistryImport<EnterpriseYearValues>
{
    public const string RegistryKey = "enterprise-years";

    internal const int UsccField = 0, YearField = 1, StaffField = 2, TechStaffField = 3, SalesField = 4, TotalRevenueField = 5,
        CostsField = 6, RdField = 7, DomesticRdField = 8, HighTechRevenueField = 9, AssetsField = 10, NetAssetsField = 11,
        IpOneField = 12, IpTwoField = 13;

    private const string MoneyHint = "单位：万元（与企业年报、财务报表一致）；也可写明单位，如 1234.56元、350万元、1.2亿元";

    public override string Key => RegistryKey;
    public override string Title => "企业年度数据";
    public override IReadOnlyList<Type> Tables => [typeof(EnterpriseYear)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("统一社会信用代码", true, "18 位；该企业须已在企业基本信息中登记", "91610131MA6T6U5R4E", ["信用代码", "社会信用代码"]),
        new("年度", true, "数据所属年度，如 2023", "2023", ["统计年度", "所属年度", "年份"]),
        new("职工总数", false, "年末职工总人数（人）", "126", ["职工人数", "从业人员数", "职工总人数"]),
        new("科技人员数", false, "直接从事研发和相关技术创新活动的人数（人），不超过职工总数", "38", ["科技人员", "研发人员数"]),
        new("销售收入", false, MoneyHint, "5230.5", ["销售收入（万元）", "主营业务收入"]),
        new("营业收入/总收入", false, MoneyHint, "5600", ["营业收入", "总收入", "营业收入（万元）", "总收入（万元）"]),
        new("成本费用总额", false, MoneyHint, "4800", ["成本费用总额（万元）", "成本费用"]),
        new("研发费用总额", false, MoneyHint + "；不能为负", "412.8", ["研发费用", "研究开发费用总额", "研发费用总额（万元）"]),
        new("其中：境内研发费用", false, MoneyHint + "；不超过研发费用总额", "398", ["境内研发费用", "其中:境内研发费用", "境内研究开发费用"]),
        new("高新技术产品（服务）收入", false, MoneyHint + "；不超过营业收入/总收入", "4100", ["高新技术产品(服务)收入", "高新技术产品收入", "高品收入"]),
        new("资产总额", false, MoneyHint, "8900", ["资产总额（万元）", "总资产"]),
        new("净资产", false, MoneyHint + "；资不抵债时可为负数，如 -120", "3100", ["净资产（万元）", "所有者权益"]),
        new("Ⅰ类知识产权数", false, "发明专利、植物新品种、集成电路布图设计等（件）", "3", ["I类知识产权数", "一类知识产权数", "Ⅰ类知识产权"]),
        new("Ⅱ类知识产权数", false, "实用新型、外观设计、软件著作权等（件）", "12", ["II类知识产权数", "二类知识产权数", "Ⅱ类知识产权"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一企业同一年度再次导入时更新该年度数据，不会重复新增。",
        "金额默认单位为万元（企业年报的写法）；单元格中写明“元”“万元”“亿元”的按所写单位换算。",
        "企业须先在“企业基本信息”中登记；年度数据归属该企业所在区县。",
    ];

    public override EnterpriseYearValues? Parse(RowFields row)
    {
        var uscc = row.Uscc(UsccField);
        var year = row.Year(YearField);
        var staff = row.Int(StaffField);
        var techStaff = row.Int(TechStaffField);
        var sales = WanYuan(row, SalesField);
        var total = WanYuan(row, TotalRevenueField);
        var costs = WanYuan(row, CostsField);
        var rd = WanYuan(row, RdField);
        var domesticRd = WanYuan(row, DomesticRdField);
        var highTech = WanYuan(row, HighTechRevenueField);
        var assets = WanYuan(row, AssetsField);
        var netAssets = WanYuan(row, NetAssetsField, allowNegative: true);
        var ipOne = row.Int(IpOneField);
        var ipTwo = row.Int(IpTwoField);

        if (staff is { } s && techStaff is { } t)
        {
            row.Require(t <= s, TechStaffField, $"科技人员数（{t}）不能大于职工总数（{s}）。");
        }
        if (rd is { } r && domesticRd is { } d)
        {
            row.Require(d <= r, DomesticRdField, $"境内研发费用（{Wan(d)}）不能大于研发费用总额（{Wan(r)}）。");
        }
        if (highTech is { } h)
        {
            // 高新技术企业认定管理办法 第十一条（六）compares it with 同期总收入; 销售收入 stands in when that is not given.
            if (total is { } all)
            {
                row.Require(h <= all, HighTechRevenueField, $"高新技术产品（服务）收入（{Wan(h)}）不能大于营业收入/总收入（{Wan(all)}）。");
            }
            else if (sales is { } sold)
            {
                row.Require(h <= sold, HighTechRevenueField, $"高新技术产品（服务）收入（{Wan(h)}）不能大于销售收入（{Wan(sold)}）（未填营业收入/总收入，按销售收入比较）。");
            }
        }
        if (!row.IsValid || uscc is null || year is null)
        {
            return null;
        }
        return new EnterpriseYearValues(uscc, year.Value, staff, techStaff, sales, total, costs, rd, domesticRd, highTech, assets,
            netAssets, ipOne, ipTwo);
    }

    public override string KeyOf(EnterpriseYearValues values) =>
        values.Uscc + "|" + values.Year.ToString(CultureInfo.InvariantCulture);

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<EnterpriseYearValues>> rows,
        CancellationToken cancellationToken)
    {
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.Uscc), cancellationToken);
        var ids = enterprises.Values.Select(e => e.Id).ToList();
        var years = rows.Select(r => r.Values.Year).Distinct().ToList();
        var existing = (await store.Db.EnterpriseYears().AsNoTracking()
                .Where(y => ids.Contains(y.EnterpriseId) && years.Contains(y.Year))
                .ToListAsync(cancellationToken))
            .ToDictionary(y => (y.EnterpriseId, y.Year));
        var inserted = new List<EnterpriseYear>();
        var updated = new List<(EnterpriseYear, string)>();
        foreach (var row in rows)
        {
            if (!enterprises.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                row.Reject(Fields[UsccField].Header, MissingEnterprise(row.Values.Uscc));
                continue;
            }
            var owner = store.Owners.For(enterprise.RegionCode);
            if (existing.TryGetValue((enterprise.Id, row.Values.Year), out var year))
            {
                var previous = store.Bulk.Snapshot(year);
                if (year.Apply(enterprise.RegionCode, owner, row.Values, store.BatchId, store.NowUtc))
                {
                    updated.Add((year, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(EnterpriseYear.Create(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }

    internal static string MissingEnterprise(string uscc) =>
        $"系统中没有统一社会信用代码为 {uscc} 的企业，请先在“企业基本信息”中登记或导入该企业。";

    /// <summary>
    /// An amount in 万元 unless the cell names its unit; a cell ending in a bare 元 (not 万元/亿元) is read in 元,
    /// whatever the default, so 1234.56元 is never taken for 1234.56万元.
    /// </summary>
    internal static long? WanYuan(RowFields row, int field, bool allowNegative = false)
    {
        var text = row.Text(field, 40);
        if (text is null)
        {
            return null;
        }
        var negative = allowNegative && (text.StartsWith('-') || text.StartsWith('－') || text.StartsWith('−'));
        var amount = negative ? text[1..].TrimStart() : text;
        var unit = amount.EndsWith('元') && !amount.EndsWith("万元", StringComparison.Ordinal) && !amount.EndsWith("亿元", StringComparison.Ordinal)
            && !amount.EndsWith("千元", StringComparison.Ordinal) && !amount.EndsWith("百万元", StringComparison.Ordinal)
            && !amount.EndsWith("千万元", StringComparison.Ordinal)
            ? MoneyUnit.Yuan
            : MoneyUnit.TenThousandYuan;
        var parsed = SheetValues.ParseMoneyFen(amount, unit);
        if (!parsed.IsSuccess)
        {
            row.Fail(field, parsed.Error.Message);
            return null;
        }
        return negative ? -parsed.Value : parsed.Value;
    }

    /// <summary>The template's way of writing an amount: 万元 without a unit, so an export re-imports unchanged.</summary>
    internal static string? WanYuanCell(long? fen) =>
        fen is { } f ? (f / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture) : null;

    private static string Wan(long fen) => WanYuanCell(fen) + "万元";
}
