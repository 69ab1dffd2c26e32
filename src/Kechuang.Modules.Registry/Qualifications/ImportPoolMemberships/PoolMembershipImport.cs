using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ImportPoolMemberships;

/// <summary>高企培育库 import; one row per entry, keyed by the enterprise and the entry date.</summary>
public sealed class PoolMembershipImport : RegistryImport<PoolMembershipValues>
{
    public const string RegistryKey = "pool-memberships";

    internal const int UsccField = 0, EnteredField = 1, EntryReasonField = 2, LeftField = 3, LeaveReasonField = 4;

    public override string Key => RegistryKey;
    public override string Title => "高企培育库";
    public override IReadOnlyList<Type> Tables => [typeof(PoolMembership)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("统一社会信用代码", true, "18 位；该企业须已在企业基本信息中登记", "91610131MA6T6U5R4E", ["信用代码", "社会信用代码"]),
        new("入库日期", true, "如 2023-04-01", "2023-04-01", ["入库时间"]),
        new("入库原因", false, "如 科技型中小企业、研发投入较高", "科技型中小企业，研发投入占比 6.2%", ["入库说明"]),
        new("出库日期", false, "已出库的填出库之日（不早于入库日期）；该日起不再是培育库企业", "", ["出库时间"]),
        new("出库原因", false, "如 已认定为高新技术企业", "", ["出库说明"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一企业、同一入库日期再次导入时更新该记录，不会重复新增；同一企业再次入库的按新的入库日期另起一行。",
    ];

    public override PoolMembershipValues? Parse(RowFields row)
    {
        var uscc = row.Uscc(UsccField);
        var entered = row.Date(EnteredField);
        var entryReason = row.Text(EntryReasonField, 500);
        var left = row.Date(LeftField);
        var leaveReason = row.Text(LeaveReasonField, 500);
        if (entered is { } from && left is { } to)
        {
            row.Require(to >= from, LeftField, $"出库日期（{to:yyyy-MM-dd}）不能早于入库日期（{from:yyyy-MM-dd}）。");
        }
        row.Require(leaveReason is null || left is not null, LeftField, "填写了出库原因，但没有填写出库日期。");
        if (!row.IsValid || uscc is null || entered is null)
        {
            return null;
        }
        return new PoolMembershipValues(uscc, entered.Value, entryReason, left, leaveReason);
    }

    public override string KeyOf(PoolMembershipValues values) => $"{values.Uscc}|{values.EnteredOn:yyyy-MM-dd}";

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<PoolMembershipValues>> rows,
        CancellationToken cancellationToken)
    {
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.Uscc), cancellationToken);
        var ids = enterprises.Values.Select(e => e.Id).ToList();
        var existing = (await store.Db.PoolMemberships().AsNoTracking().Where(m => ids.Contains(m.EnterpriseId))
                .ToListAsync(cancellationToken))
            .ToDictionary(m => (m.EnterpriseId, m.EnteredOn));
        var inserted = new List<PoolMembership>();
        var updated = new List<(PoolMembership, string)>();
        foreach (var row in rows)
        {
            if (!enterprises.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                row.Reject(Fields[UsccField].Header, EnterpriseYearImport.MissingEnterprise(row.Values.Uscc));
                continue;
            }
            var owner = store.Owners.For(enterprise.RegionCode);
            if (existing.TryGetValue((enterprise.Id, row.Values.EnteredOn), out var membership))
            {
                var previous = store.Bulk.Snapshot(membership);
                if (membership.Apply(enterprise.RegionCode, owner, row.Values, store.BatchId, store.NowUtc))
                {
                    updated.Add((membership, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(PoolMembership.Create(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
