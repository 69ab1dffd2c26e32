using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.ImportEnterprises;

/// <summary>企业基本信息 import; the natural key is the USCC, so a re-import updates instead of duplicating.</summary>
public sealed class EnterpriseImport : RegistryImport<EnterpriseValues>
{
    public const string RegistryKey = "enterprises";

    internal const int UsccField = 0, NameField = 1, RegionField = 2, ZoneField = 3, IndustryField = 4, FieldField = 5,
        FoundedField = 6, TaxField = 7, SizeField = 8, ListingField = 9;

    /// <summary>A well-formed example for the template (check character computed, not copied from a real enterprise).</summary>
    private static readonly string ExampleUscc = "91610131MA6TXK8N7" + Uscc.CheckCharacter("91610131MA6TXK8N7");

    public override string Key => RegistryKey;
    public override string Title => "企业基本信息";
    public override IReadOnlyList<Type> Tables => [typeof(Enterprise)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("统一社会信用代码", true, "18 位，末位校验码按 GB 32100-2015 校验", ExampleUscc, ["信用代码", "社会信用代码"]),
        new("企业名称", true, "与营业执照一致", "西安秦创智能科技有限公司", ["名称", "单位名称"]),
        new("所在区县", true, "6 位行政区划代码（GB/T 2260）或区县名称", "610113", ["行政区划代码", "所在区县（行政区划代码）", "区县", "所属区县"]),
        new("所属开发区", false, "开发区名称，如 西安高新区；不在开发区则留空", "西安高新区", ["开发区"]),
        new("国民经济行业代码", false, "GB/T 4754-2017，如 I6513", "I6513", ["行业代码", "所属行业代码"]),
        new("技术领域", false, "国家重点支持的高新技术领域：" + RegistryLabels.Choices(RegistryLabels.TechFields), "电子信息", ["主要技术领域", "所属技术领域"]),
        new("成立日期", false, "如 2018-05-21、2018/5/21 或 2018年5月21日", "2018-05-21", ["注册日期", "成立时间"]),
        new("所得税征收方式", false, "查账征收 或 核定征收", "查账征收", ["征收方式"]),
        new("是否规上企业", false, "是 或 否", "否", ["规上企业", "是否规模以上企业"]),
        new("上市情况", false, RegistryLabels.Choices(RegistryLabels.Listings), "未上市", ["上市状态"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一统一社会信用代码再次导入时更新该企业的信息，不会重复新增。",
        "企业所在区县决定其归属的区县科技局，区县用户只能看到本区县的企业。",
    ];

    public override EnterpriseValues? Parse(RowFields row)
    {
        var uscc = row.Uscc(UsccField);
        var name = row.Text(NameField, 200);
        var region = row.Region(RegionField);
        string? zone = null;
        if (row.Text(ZoneField, 60) is { } zoneText)
        {
            zone = DevelopmentZones.Find(zoneText)?.Code;
            if (zone is null)
            {
                row.Fail(ZoneField, $"“{zoneText}”不是已登记的开发区，应为：{string.Join("、", DevelopmentZones.All.Select(z => z.Name))}。");
            }
        }
        string? industry = null;
        if (row.Text(IndustryField, 10) is { } industryText)
        {
            var normalized = IndustryCode.Normalize(industryText);
            if (normalized.IsSuccess)
            {
                industry = normalized.Value;
            }
            else
            {
                row.Fail(IndustryField, normalized.Error.Message);
            }
        }
        var field = row.Choice(FieldField, RegistryLabels.TechFields);
        var founded = row.Date(FoundedField);
        var tax = row.Choice(TaxField, RegistryLabels.TaxModes);
        var aboveSize = row.Bool(SizeField);
        var listing = row.Choice(ListingField, RegistryLabels.Listings);
        if (!row.IsValid || uscc is null || name is null || region is null)
        {
            return null;
        }
        return new EnterpriseValues(uscc, name, region, zone, industry, field, founded, tax, aboveSize ?? false, listing ?? ListingStatus.Unlisted);
    }

    public override string KeyOf(EnterpriseValues values) => values.Uscc;

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<EnterpriseValues>> rows,
        CancellationToken cancellationToken)
    {
        var keys = rows.Select(r => r.Values.Uscc).ToList();
        var existing = await store.Db.Enterprises().AsNoTracking().Where(e => keys.Contains(e.Uscc))
            .ToDictionaryAsync(e => e.Uscc, StringComparer.Ordinal, cancellationToken);
        var inserted = new List<Enterprise>();
        var updated = new List<(Enterprise, string)>();
        var moved = new List<Enterprise>();
        foreach (var row in rows)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                var previous = store.Bulk.Snapshot(enterprise);
                var previousRegion = enterprise.RegionCode;
                if (enterprise.Apply(row.Values, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((enterprise, previous));
                    if (previousRegion != enterprise.RegionCode)
                    {
                        moved.Add(enterprise);
                    }
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(Enterprise.Create(row.Values, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
        if (store.Write)
        {
            foreach (var enterprise in moved)
            {
                await EnterpriseRelocation.MoveChildrenAsync(store.Db, enterprise.Id, enterprise.RegionCode,
                    store.Owners.For(enterprise.RegionCode), cancellationToken);
            }
        }
    }

    internal override async Task RestoredAsync(KechuangDbContext db, IReadOnlyList<Guid> restoredIds, CancellationToken cancellationToken)
    {
        var owners = await Ownership.RegionOwners.LoadAsync(db, cancellationToken);
        var restored = await db.Enterprises().AsNoTracking().Where(e => restoredIds.Contains(e.Id))
            .Select(e => new { e.Id, e.RegionCode }).ToListAsync(cancellationToken);
        foreach (var enterprise in restored)
        {
            await EnterpriseRelocation.MoveChildrenAsync(db, enterprise.Id, enterprise.RegionCode, owners.For(enterprise.RegionCode), cancellationToken);
        }
    }

    internal override async Task<string?> RollbackBlockerAsync(KechuangDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var created = db.Enterprises().Where(e => e.CreatedBatchId == batchId).Select(e => e.Id);
        var dependents =
            await db.EnterpriseYears().CountAsync(r => created.Contains(r.EnterpriseId), cancellationToken)
            + await db.HighTechCertificates().CountAsync(r => created.Contains(r.EnterpriseId), cancellationToken)
            + await db.TechSmeRegistrations().CountAsync(r => created.Contains(r.EnterpriseId), cancellationToken)
            + await db.GrowthRecognitions().CountAsync(r => created.Contains(r.EnterpriseId), cancellationToken)
            + await db.PoolMemberships().CountAsync(r => created.Contains(r.EnterpriseId), cancellationToken)
            + await db.TechContracts().CountAsync(c => created.Contains(c.SellerEnterpriseId!.Value) || created.Contains(c.BuyerEnterpriseId!.Value), cancellationToken)
            + await db.TechLoans().CountAsync(l => created.Contains(l.EnterpriseId!.Value), cancellationToken);
        return dependents == 0 ? null
            : $"该批次新增的企业已被 {dependents} 条其他记录（年度数据、资质、技术合同或贷款）引用，不能整体撤销；请先撤销或删除那些记录。";
    }
}
