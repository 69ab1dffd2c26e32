using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.ImportPlatforms;

/// <summary>
/// 平台年度考核 import: one grade per platform and year. The platform is found by its natural key and must already be
/// registered; the assessment lies where its platform lies (same region, same owning bureau).
/// </summary>
public sealed class PlatformAssessmentImport : RegistryImport<PlatformAssessmentValues>
{
    public const string RegistryKey = "platform-assessments";

    internal const int KindField = 0, LevelField = 1, NameField = 2, YearField = 3, GradeField = 4;

    public override string Key => RegistryKey;
    public override string Title => "平台年度考核";
    public override IReadOnlyList<Type> Tables => [typeof(PlatformAssessment)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("平台类型", true, RegistryLabels.Choices(RegistryLabels.PlatformKinds), "众创空间", ["载体类型", "类型"]),
        new("级别", true, RegistryLabels.Choices(RegistryLabels.Levels), "市级", ["认定级别", "平台级别"]),
        new("平台名称", true, "与“创新平台载体”中登记的名称一致", "西安秦创众创空间", ["名称", "载体名称"]),
        new("年度", true, "考核年度，4 位数字", "2023", ["考核年度"]),
        new("考核等级", true, string.Join("、", PlatformAssessment.Grades), "良好", ["考核结果", "评价等级"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "平台须已在“创新平台载体”中登记（按平台类型、级别和名称查找），否则该行不导入。",
        "同一平台同一年度再次导入时更新考核等级。",
    ];

    public override PlatformAssessmentValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Choice(KindField, RegistryLabels.PlatformKinds);
        var level = row.Choice(LevelField, RegistryLabels.Levels);
        var name = row.Text(NameField, 200);
        var year = row.Year(YearField);
        var grade = row.OneOf(GradeField, PlatformAssessment.Grades);
        if (!row.IsValid || kind is null || level is null || name is null || year is null || grade is null)
        {
            return null;
        }
        return new PlatformAssessmentValues(kind.Value, level.Value, name, year.Value, grade);
    }

    public override string KeyOf(PlatformAssessmentValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return $"{PlatformImport.KeyText(values.Kind, values.Level, values.PlatformName)}·{values.Year}年";
    }

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<PlatformAssessmentValues>> rows,
        CancellationToken cancellationToken)
    {
        var platforms = await PlatformImport.FindAsync(store.Db, rows.Select(r => r.Values.PlatformName), cancellationToken);
        var ids = platforms.Values.Select(p => p.Id).ToList();
        var existing = (await store.Db.PlatformAssessments().AsNoTracking().Where(a => ids.Contains(a.PlatformId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.PlatformId, a.Year));
        var inserted = new List<PlatformAssessment>();
        var updated = new List<(PlatformAssessment, string)>();
        foreach (var row in rows)
        {
            var v = row.Values;
            if (!platforms.TryGetValue(PlatformImport.KeyText(v.Kind, v.Level, v.PlatformName), out var platform))
            {
                row.Reject(Fields[NameField].Header,
                    $"未找到{RegistryLabels.Levels[v.Level]}{RegistryLabels.PlatformKinds[v.Kind]}“{v.PlatformName}”，请先在“创新平台载体”中登记该平台。");
                continue;
            }
            var owner = new Ownership.Owner(platform.OwnerUnitId, platform.OwnerUnitPath);
            if (existing.TryGetValue((platform.Id, v.Year), out var assessment))
            {
                var previous = store.Bulk.Snapshot(assessment);
                if (assessment.Apply(platform.RegionCode, owner, v.Grade, store.BatchId, store.NowUtc))
                {
                    updated.Add((assessment, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(PlatformAssessment.Create(platform.Id, platform.RegionCode, owner, v.Year, v.Grade, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
