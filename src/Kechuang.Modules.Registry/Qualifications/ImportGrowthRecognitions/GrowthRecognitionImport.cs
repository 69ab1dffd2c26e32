using System.Globalization;
using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ImportGrowthRecognitions;

/// <summary>瞪羚/独角兽企业认定 import; one recognition per enterprise, kind and year (the natural key).</summary>
public sealed class GrowthRecognitionImport : RegistryImport<GrowthRecognitionValues>
{
    public const string RegistryKey = "growth-recognitions";

    internal const int UsccField = 0, KindField = 1, YearField = 2, LevelField = 3;

    public override string Key => RegistryKey;
    public override string Title => "瞪羚/独角兽企业认定";
    public override IReadOnlyList<Type> Tables => [typeof(GrowthRecognition)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("统一社会信用代码", true, "18 位；该企业须已在企业基本信息中登记", "91610131MA6T6U5R4E", ["信用代码", "社会信用代码"]),
        new("类型", true, RegistryLabels.Choices(RegistryLabels.GrowthKinds), "瞪羚企业", ["认定类型", "企业类型"]),
        new("年度", true, "认定年度，如 2023", "2023", ["认定年度"]),
        new("级别", true, RegistryLabels.Choices(RegistryLabels.Levels), "市级", ["认定级别"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一企业、同一类型、同一年度再次导入时更新级别，不会重复新增。",
    ];

    public override GrowthRecognitionValues? Parse(RowFields row)
    {
        var uscc = row.Uscc(UsccField);
        var kind = row.Choice(KindField, RegistryLabels.GrowthKinds);
        var year = row.Year(YearField);
        var level = row.Choice(LevelField, RegistryLabels.Levels);
        if (!row.IsValid || uscc is null || kind is null || year is null || level is null)
        {
            return null;
        }
        return new GrowthRecognitionValues(uscc, kind.Value, year.Value, level.Value);
    }

    public override string KeyOf(GrowthRecognitionValues values) =>
        $"{values.Uscc}|{values.Kind}|{values.Year.ToString(CultureInfo.InvariantCulture)}";

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<GrowthRecognitionValues>> rows,
        CancellationToken cancellationToken)
    {
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.Uscc), cancellationToken);
        var ids = enterprises.Values.Select(e => e.Id).ToList();
        var years = rows.Select(r => r.Values.Year).Distinct().ToList();
        var existing = (await store.Db.GrowthRecognitions().AsNoTracking()
                .Where(r => ids.Contains(r.EnterpriseId) && years.Contains(r.Year))
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.EnterpriseId, r.Kind, r.Year));
        var inserted = new List<GrowthRecognition>();
        var updated = new List<(GrowthRecognition, string)>();
        foreach (var row in rows)
        {
            if (!enterprises.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                row.Reject(Fields[UsccField].Header, EnterpriseYearImport.MissingEnterprise(row.Values.Uscc));
                continue;
            }
            var owner = store.Owners.For(enterprise.RegionCode);
            if (existing.TryGetValue((enterprise.Id, row.Values.Kind, row.Values.Year), out var recognition))
            {
                var previous = store.Bulk.Snapshot(recognition);
                if (recognition.Apply(enterprise.RegionCode, owner, row.Values, store.BatchId, store.NowUtc))
                {
                    updated.Add((recognition, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(GrowthRecognition.Create(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
