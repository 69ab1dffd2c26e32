using System.Globalization;
using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ImportTechSmeRegistrations;

/// <summary>科技型中小企业入库登记 import; the registration number is the natural key.</summary>
public sealed class TechSmeRegistrationImport : RegistryImport<TechSmeRegistrationValues>
{
    public const string RegistryKey = "tech-sme-registrations";

    internal const int NumberField = 0, UsccField = 1, YearField = 2, RegisteredField = 3, RevokedField = 4, ReasonField = 5;

    public override string Key => RegistryKey;
    public override string Title => "科技型中小企业入库登记";
    public override IReadOnlyList<Type> Tables => [typeof(TechSmeRegistration)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("入库登记编号", true, "科技型中小企业入库登记编号，前 4 位为评价年度，如 202161011304000123", "202361011304000123",
            ["登记编号", "入库编号", "科技型中小企业入库登记编号"]),
        new("统一社会信用代码", true, "18 位；该企业须已在企业基本信息中登记", "91610131MA6T6U5R4E", ["信用代码", "社会信用代码"]),
        new("年度", true, "评价年度，须与登记编号前 4 位一致；登记编号当年有效", "2023", ["评价年度", "入库年度"]),
        new("入库日期", false, "如 2023-05-10", "2023-05-10", ["入库时间", "登记日期"]),
        new("撤销日期", false, "被撤销入库登记编号的，填撤销之日", "", ["撤销时间", "移除日期"]),
        new("撤销原因", false, "填写撤销日期时说明原因", "", ["移除原因"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一入库登记编号再次导入时更新该记录，不会重复新增。",
        "入库登记编号的前 4 位是评价年度，须与“年度”一致。",
    ];

    public override TechSmeRegistrationValues? Parse(RowFields row)
    {
        var number = row.Text(NumberField, 40)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (number is not null && (number.Length is < 8 or > 30 || !number.All(char.IsAsciiLetterOrDigit) || !number[..4].All(char.IsAsciiDigit)))
        {
            row.Fail(NumberField, $"“{number}”不是有效的入库登记编号，应以 4 位评价年度开头，由数字（和字母）组成，如 202361011304000123。");
            number = null;
        }
        var uscc = row.Uscc(UsccField);
        var year = row.Year(YearField);
        var registered = row.Date(RegisteredField);
        var revoked = row.Date(RevokedField);
        var reason = row.Text(ReasonField, 500);
        if (number is not null && year is { } y)
        {
            var numberYear = int.Parse(number[..4], CultureInfo.InvariantCulture);
            row.Require(numberYear == y, NumberField, $"入库登记编号的前 4 位（{numberYear}）与年度（{y}）不一致。");
        }
        if (registered is { } from && revoked is { } to)
        {
            row.Require(to >= from, RevokedField, $"撤销日期（{to:yyyy-MM-dd}）不能早于入库日期（{from:yyyy-MM-dd}）。");
        }
        row.Require(reason is null || revoked is not null, RevokedField, "填写了撤销原因，但没有填写撤销日期。");
        if (!row.IsValid || number is null || uscc is null || year is null)
        {
            return null;
        }
        return new TechSmeRegistrationValues(number, uscc, year.Value, registered, revoked, reason);
    }

    public override string KeyOf(TechSmeRegistrationValues values) => values.RegistrationNumber;

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<TechSmeRegistrationValues>> rows,
        CancellationToken cancellationToken)
    {
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.Uscc), cancellationToken);
        var numbers = rows.Select(r => r.Values.RegistrationNumber).ToList();
        var existing = await store.Db.TechSmeRegistrations().AsNoTracking().Where(r => numbers.Contains(r.RegistrationNumber))
            .ToDictionaryAsync(r => r.RegistrationNumber, StringComparer.Ordinal, cancellationToken);
        var inserted = new List<TechSmeRegistration>();
        var updated = new List<(TechSmeRegistration, string)>();
        foreach (var row in rows)
        {
            if (!enterprises.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                row.Reject(Fields[UsccField].Header, EnterpriseYearImport.MissingEnterprise(row.Values.Uscc));
                continue;
            }
            var owner = store.Owners.For(enterprise.RegionCode);
            if (existing.TryGetValue(row.Values.RegistrationNumber, out var registration))
            {
                var previous = store.Bulk.Snapshot(registration);
                if (registration.Apply(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.BatchId, store.NowUtc))
                {
                    updated.Add((registration, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(TechSmeRegistration.Create(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
