using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ImportTechLoans;

/// <summary>
/// 科技贷款 import, keyed by bank + the bank's loan contract number. The loan lies where the borrower lies: the
/// enterprise registry's district when the borrower is there (the registry is the one source of where an enterprise
/// is), else the 所在区县 column; a row with neither is rejected, since a loan no district owns would count nowhere.
/// </summary>
public sealed class TechLoanImport : RegistryImport<TechLoanValues>
{
    public const string RegistryKey = "tech-loans";

    internal const int BankField = 0, NumberField = 1, UsccField = 2, NameField = 3, ProductField = 4, AmountField = 5,
        DateField = 6, TermField = 7, RegionField = 8;

    public override string Key => RegistryKey;
    public override string Title => "科技贷款";
    public override IReadOnlyList<Type> Tables => [typeof(TechLoan)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("贷款银行", true, "放款银行（分）行全称", "中国建设银行西安高新技术产业开发区支行", ["银行", "放款银行"]),
        new("贷款合同编号", true, "银行的借款合同编号，同一银行内唯一", "JH6101132025001", ["合同编号", "借款合同编号"]),
        new("借款企业统一社会信用代码", true, "18 位，按 GB 32100-2015 校验", "91610131MA6U5R4E0X", ["统一社会信用代码", "信用代码"]),
        new("借款企业名称", true, "与营业执照一致", "西安秦创智能科技有限公司", ["借款企业", "企业名称"]),
        new("贷款产品", false, "如 科技贷、知识产权质押贷、研发贷", "知识产权质押贷", ["产品名称"]),
        new("贷款金额", true, "默认单位万元，也可写 500万元、5000000元", "500", ["金额", "贷款金额（万元）", "放款金额"]),
        new("放款日期", true, "如 2025-03-18", "2025-03-18", ["放款时间", "贷款日期"]),
        new("期限（月）", false, "1～600 的整数", "12", ["期限", "贷款期限（月）", "贷款期限"]),
        new("所在区县", false, "借款企业不在企业库中时必填：6 位行政区划代码或区县名称", "610113", ["行政区划代码", "区县"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一银行的同一贷款合同编号再次导入时更新该笔贷款，不会重复新增。",
        "借款企业在企业库中时，贷款计入企业库登记的所在区县（所在区县列可不填）；不在企业库中时按所在区县列计入。",
        "金额不带单位时按万元计。",
    ];

    public override TechLoanValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var bank = row.Text(BankField, 100);
        var number = row.Text(NumberField, 60);
        var uscc = row.Uscc(UsccField);
        var name = row.Text(NameField, 200);
        var product = row.Text(ProductField, 100);
        var amount = row.Money(AmountField, MoneyUnit.TenThousandYuan);
        var date = row.Date(DateField);
        var term = row.Int(TermField, 1, 600);
        var region = row.Region(RegionField);
        if (amount is { } a)
        {
            row.Require(a > 0, AmountField, "贷款金额应大于 0。");
        }
        if (!row.IsValid || bank is null || number is null || uscc is null || name is null || amount is null || date is null)
        {
            return null;
        }
        return new TechLoanValues(bank, number, uscc, name, product, amount.Value, date.Value, term, region);
    }

    public override string KeyOf(TechLoanValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Bank + "\u001f" + values.LoanNumber;
    }

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<TechLoanValues>> rows,
        CancellationToken cancellationToken)
    {
        var banks = rows.Select(r => r.Values.Bank).Distinct().ToList();
        var numbers = rows.Select(r => r.Values.LoanNumber).Distinct().ToList();
        var existing = (await store.Db.TechLoans().AsNoTracking()
                .Where(l => banks.Contains(l.Bank) && numbers.Contains(l.LoanNumber))
                .ToListAsync(cancellationToken))
            .ToDictionary(l => KeyOf(l.ToValues()), StringComparer.Ordinal);
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.BorrowerUscc), cancellationToken);
        var inserted = new List<TechLoan>();
        var updated = new List<(TechLoan, string)>();
        foreach (var row in rows)
        {
            var enterprise = enterprises.GetValueOrDefault(row.Values.BorrowerUscc);
            var region = enterprise?.RegionCode ?? row.Values.RegionCode;
            if (region is null)
            {
                row.Reject("所在区县", $"借款企业（{row.Values.BorrowerUscc}）不在企业库中，请填写所在区县。");
                continue;
            }
            var values = row.Values with { RegionCode = region };
            var owner = store.Owners.For(region);
            if (existing.TryGetValue(KeyOf(values), out var loan))
            {
                var previous = store.Bulk.Snapshot(loan);
                if (loan.Apply(values, enterprise?.Id, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((loan, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(TechLoan.Create(values, enterprise?.Id, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
