using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.ImportPlatforms;

/// <summary>创新平台载体 import; the natural key is 平台类型 + 级别 + 平台名称, so a re-import updates instead of duplicating.</summary>
public sealed class PlatformImport : RegistryImport<PlatformValues>
{
    public const string RegistryKey = "platforms";

    internal const int KindField = 0, NameField = 1, LevelField = 2, HostField = 3, HostUsccField = 4, RegionField = 5,
        RecognizedField = 6, StatusField = 7;

    public override string Key => RegistryKey;
    public override string Title => "创新平台载体";
    public override IReadOnlyList<Type> Tables => [typeof(InnovationPlatform)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("平台类型", true, RegistryLabels.Choices(RegistryLabels.PlatformKinds), "众创空间", ["载体类型", "类型"]),
        new("平台名称", true, "与认定文件一致", "西安秦创众创空间", ["名称", "载体名称"]),
        new("级别", true, RegistryLabels.Choices(RegistryLabels.Levels), "市级", ["认定级别", "平台级别"]),
        new("依托单位", true, "运营或依托单位名称", "西安秦创智能科技有限公司", ["运营单位", "依托单位名称"]),
        new("依托单位统一社会信用代码", false, "18 位，可不填；填写时按 GB 32100-2015 校验", "91610113000000001" + Platform.Codes.Uscc.CheckCharacter("91610113000000001"), ["依托单位信用代码"]),
        new("所在区县", true, "6 位行政区划代码（GB/T 2260）或区县名称", "610113", ["行政区划代码", "所属区县"]),
        new("认定日期", true, "如 2021-06-18、2021/6/18 或 2021年6月18日", "2021-06-18", ["认定时间", "批准日期"]),
        new("状态", false, RegistryLabels.Choices(RegistryLabels.PlatformStatuses) + "；不填为正常", "正常", ["当前状态"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一平台类型、级别和名称再次导入时更新该平台的信息，不会重复新增。",
        "平台所在区县决定其归属的区县科技局，区县用户只能看到本区县的平台。",
        "平台年度考核结果请使用“平台年度考核”模板导入。",
    ];

    public override PlatformValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Choice(KindField, RegistryLabels.PlatformKinds);
        var name = row.Text(NameField, 200);
        var level = row.Choice(LevelField, RegistryLabels.Levels);
        var host = row.Text(HostField, 200);
        var hostUscc = row.Uscc(HostUsccField);
        var region = row.Region(RegionField);
        var recognized = row.Date(RecognizedField);
        var status = row.Choice(StatusField, RegistryLabels.PlatformStatuses);
        if (!row.IsValid || kind is null || name is null || level is null || host is null || region is null || recognized is null)
        {
            return null;
        }
        return new PlatformValues(kind.Value, name, level.Value, host, hostUscc, region, recognized.Value, status ?? PlatformStatus.Active);
    }

    public override string KeyOf(PlatformValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return KeyText(values.Kind, values.Level, values.Name);
    }

    internal static string KeyText(PlatformKind kind, RecognitionLevel level, string name) =>
        $"{RegistryLabels.PlatformKinds[kind]}·{RegistryLabels.Levels[level]}·{name}";

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<PlatformValues>> rows,
        CancellationToken cancellationToken)
    {
        var existing = await FindAsync(store.Db, rows.Select(r => r.Values.Name), cancellationToken);
        var inserted = new List<InnovationPlatform>();
        var updated = new List<(InnovationPlatform, string)>();
        var moved = new List<InnovationPlatform>();
        foreach (var row in rows)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue(KeyOf(row.Values), out var platform))
            {
                var previous = store.Bulk.Snapshot(platform);
                var previousRegion = platform.RegionCode;
                if (platform.Apply(row.Values, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((platform, previous));
                    if (previousRegion != platform.RegionCode)
                    {
                        moved.Add(platform);
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
                inserted.Add(InnovationPlatform.Create(row.Values, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
        if (store.Write)
        {
            foreach (var platform in moved)
            {
                await PlatformRelocation.MoveAssessmentsAsync(store.Db, platform.Id, platform.RegionCode,
                    store.Owners.For(platform.RegionCode), cancellationToken);
            }
        }
    }

    /// <summary>The platforms with these names, by natural key (one query; names narrow it, the key decides).</summary>
    internal static async Task<Dictionary<string, InnovationPlatform>> FindAsync(KechuangDbContext db, IEnumerable<string> names,
        CancellationToken cancellationToken)
    {
        var keys = names.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Platforms().AsNoTracking().Where(p => keys.Contains(p.Name)).ToListAsync(cancellationToken);
        return found.ToDictionary(p => KeyText(p.Kind, p.Level, p.Name), StringComparer.Ordinal);
    }

    /// <summary>A roll-back may have put platforms back in their earlier district: their assessments follow them.</summary>
    internal override async Task RestoredAsync(KechuangDbContext db, IReadOnlyList<Guid> restoredIds, CancellationToken cancellationToken)
    {
        var owners = await Ownership.RegionOwners.LoadAsync(db, cancellationToken);
        var restored = await db.Platforms().AsNoTracking().Where(p => restoredIds.Contains(p.Id))
            .Select(p => new { p.Id, p.RegionCode }).ToListAsync(cancellationToken);
        foreach (var platform in restored)
        {
            await PlatformRelocation.MoveAssessmentsAsync(db, platform.Id, platform.RegionCode, owners.For(platform.RegionCode), cancellationToken);
        }
    }

    internal override async Task<string?> RollbackBlockerAsync(KechuangDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var created = db.Platforms().Where(p => p.CreatedBatchId == batchId).Select(p => p.Id);
        var assessments = await db.PlatformAssessments()
            .CountAsync(a => created.Contains(a.PlatformId) && a.CreatedBatchId != batchId, cancellationToken);
        return assessments == 0 ? null
            : $"该批次新增的平台已有 {assessments} 条年度考核记录，不能整体撤销；请先撤销相应的考核导入批次。";
    }
}
