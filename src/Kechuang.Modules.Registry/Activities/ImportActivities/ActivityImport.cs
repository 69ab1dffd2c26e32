using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Activities.ImportActivities;

/// <summary>科技活动 import; the natural key is 活动类型 + 活动名称 + 开始日期.</summary>
public sealed class ActivityImport : RegistryImport<ActivityValues>
{
    public const string RegistryKey = "activities";

    internal const int KindField = 0, TitleField = 1, StartField = 2, EndField = 3, OrganizerField = 4, RegionField = 5,
        ParticipantsField = 6, EnterprisesField = 7, NotesField = 8;

    public override string Key => RegistryKey;
    public override string Title => "科技活动";
    public override IReadOnlyList<Type> Tables => [typeof(Activity)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("活动类型", true, RegistryLabels.Choices(RegistryLabels.ActivityKinds), "对接会", ["类型", "活动类别"]),
        new("活动名称", true, "活动的正式名称", "2024 年西安市科技成果转化对接会", ["名称"]),
        new("开始日期", true, "如 2024-05-18、2024/5/18 或 2024年5月18日", "2024-05-18", ["举办日期", "活动日期"]),
        new("结束日期", false, "一天内结束的活动可不填；不得早于开始日期", "2024-05-19", ["截止日期"]),
        new("主办单位", true, "多个主办单位用顿号分隔", "西安市科学技术局", ["主办方"]),
        new("所在区县", false, "举办地的 6 位行政区划代码（GB/T 2260）或区县名称；全市性活动可不填", "610113", ["行政区划代码", "举办地"]),
        new("参与人数", false, "整数", "260", ["参加人数"]),
        new("参与企业数", false, "整数", "45", ["参加企业数", "参与企业"]),
        new("备注", false, "其他需要说明的情况", "现场签约项目 12 个", ["说明"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一活动类型、活动名称和开始日期再次导入时更新该活动的信息，不会重复新增。",
        "填写了所在区县的活动归属该区县科技局；未填写的为全市性活动，区县用户看不到。",
    ];

    public override ActivityValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Choice(KindField, RegistryLabels.ActivityKinds);
        var title = row.Text(TitleField, 200);
        var start = row.Date(StartField);
        var end = row.Date(EndField);
        var organizer = row.Text(OrganizerField, 200);
        var region = row.Region(RegionField);
        var participants = row.Int(ParticipantsField, 0, 10_000_000);
        var enterprises = row.Int(EnterprisesField, 0, 1_000_000);
        var notes = row.Text(NotesField, 2000);
        if (start is { } s && end is { } e)
        {
            row.Require(e >= s, EndField, $"结束日期（{e:yyyy-MM-dd}）不能早于开始日期（{s:yyyy-MM-dd}）。");
        }
        if (!row.IsValid || kind is null || title is null || start is null || organizer is null)
        {
            return null;
        }
        return new ActivityValues(kind.Value, title, start.Value, end, organizer, region, participants, enterprises, notes);
    }

    public override string KeyOf(ActivityValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return KeyText(values.Kind, values.Title, values.HeldOn);
    }

    internal static string KeyText(ActivityKind kind, string title, DateOnly heldOn) =>
        $"{RegistryLabels.ActivityKinds[kind]}·{title}·{heldOn:yyyy-MM-dd}";

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<ActivityValues>> rows,
        CancellationToken cancellationToken)
    {
        var titles = rows.Select(r => r.Values.Title).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await store.Db.Activities().AsNoTracking().Where(a => titles.Contains(a.Title)).ToListAsync(cancellationToken))
            .ToDictionary(a => KeyText(a.Kind, a.Title, a.HeldOn), StringComparer.Ordinal);
        var inserted = new List<Activity>();
        var updated = new List<(Activity, string)>();
        foreach (var row in rows)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue(KeyOf(row.Values), out var activity))
            {
                var previous = store.Bulk.Snapshot(activity);
                if (activity.Apply(row.Values, owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((activity, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(Activity.Create(row.Values, owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
