using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ImportRoadshows;

/// <summary>路演 import, keyed by title + date; participants are lists of names in one cell.</summary>
public sealed class RoadshowImport : RegistryImport<RoadshowValues>
{
    public const string RegistryKey = "roadshows";

    internal const int TitleField = 0, DateField = 1, OrganizerField = 2, RegionField = 3, EnterprisesField = 4,
        InvestorsField = 5, IntendedField = 6;

    private static readonly char[] Separators = ['、', '；', ';', '\n', '\r'];

    public override string Key => RegistryKey;
    public override string Title => "路演";
    public override IReadOnlyList<Type> Tables => [typeof(Roadshow)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("路演名称", true, "活动名称", "2025 年硬科技企业专场路演（第 3 期）", ["名称", "活动名称"]),
        new("举办日期", true, "如 2025-03-18", "2025-03-18", ["日期", "举办时间"]),
        new("主办单位", true, "主办单位全称", "西安市科学技术局", ["主办方", "承办单位"]),
        new("所在区县", false, "举办地 6 位行政区划代码或区县名称；不填则归市局", "610113", ["行政区划代码", "区县"]),
        new("参与企业", false, "企业名称，用 、 或 ； 或换行分隔", "西安秦创智能科技有限公司、西安长安新材料股份有限公司", ["路演企业"]),
        new("参与投资机构", false, "机构名称，用 、 或 ； 或换行分隔", "西安秦创投资管理有限公司；陕西金控科技投资有限公司", ["投资机构"]),
        new("意向投资额", false, "默认单位万元", "3000", ["意向投资金额", "意向投资额（万元）"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一路演名称和举办日期再次导入时更新该场路演，不会重复新增。",
        "参与企业和投资机构写机构名称，多个之间用顿号（、）、分号（；）或换行分隔。",
    ];

    public override RoadshowValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var title = row.Text(TitleField, 200);
        var date = row.Date(DateField);
        var organizer = row.Text(OrganizerField, 200);
        var region = row.Region(RegionField);
        var enterprises = Names(row.Text(EnterprisesField, 20_000));
        var investors = Names(row.Text(InvestorsField, 20_000));
        var intended = row.Money(IntendedField, MoneyUnit.TenThousandYuan);
        if (!row.IsValid || title is null || date is null || organizer is null)
        {
            return null;
        }
        return new RoadshowValues(title, date.Value, organizer, region, enterprises, investors, intended);
    }

    /// <summary>The names in a cell, trimmed, blanks and repeats dropped, in their order.</summary>
    public static IReadOnlyList<string> Names(string? cell) =>
        cell is null ? [] : cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public override string KeyOf(RoadshowValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Title + "\u001f" + values.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<RoadshowValues>> rows,
        CancellationToken cancellationToken)
    {
        var titles = rows.Select(r => r.Values.Title).Distinct().ToList();
        var existing = (await store.Db.Roadshows().AsNoTracking().Where(r => titles.Contains(r.Title)).ToListAsync(cancellationToken))
            .ToDictionary(r => KeyOf(r.ToValues()), StringComparer.Ordinal);
        var inserted = new List<Roadshow>();
        var updated = new List<(Roadshow, string)>();
        foreach (var row in rows)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue(KeyOf(row.Values), out var roadshow))
            {
                var previous = store.Bulk.Snapshot(roadshow);
                if (roadshow.Apply(row.Values, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((roadshow, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(Roadshow.Create(row.Values, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
