using Kechuang.Modules.Registry.Activities.ImportActivities;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Activities.SaveActivity;

/// <summary>
/// Creates or edits one activity from a form keyed by the import template's headers, validated exactly as the import
/// validates a row; an edit must name the version it started from.
/// </summary>
public sealed class SaveActivity(KechuangDbContext db, ActivityImport import, TimeProvider clock)
{
    public static readonly Error NotFound = Error.NotFound("activity-not-found", "未找到该活动，或您无权查看。");
    public static readonly Error Stale = Error.Conflict("activity-stale", "该活动已被他人修改，请刷新后重新编辑。");

    public IReadOnlyList<ImportField> Fields => import.Fields;

    public async Task<Result<(Dictionary<string, string?> Values, int Version)>> LoadAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var a = await db.Activities().AsNoTracking().WhereVisibleTo(user.Scope).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (a is null)
        {
            return NotFound;
        }
        var values = new Dictionary<string, string?>
        {
            ["活动类型"] = RegistryLabels.ActivityKinds[a.Kind],
            ["活动名称"] = a.Title,
            ["开始日期"] = ListingHelpers.Date(a.HeldOn),
            ["结束日期"] = a.EndsOn is null ? null : ListingHelpers.Date(a.EndsOn),
            ["主办单位"] = a.Organizer,
            ["所在区县"] = a.RegionCode,
            ["参与人数"] = a.Participants?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["参与企业数"] = a.Enterprises?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["备注"] = a.Notes,
        };
        return (values, a.Version);
    }

    public async Task<FormOutcome> CreateAsync(CurrentUser user, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var row = RowFields.FromValues(import.Fields, values);
        if (import.Parse(row) is not { } parsed || !row.IsValid)
        {
            return FormOutcome.Invalid(row.Errors);
        }
        if (await KeyTakenAsync(parsed, null, cancellationToken))
        {
            return Taken(parsed);
        }
        var owner = (await RegionOwners.LoadAsync(db, cancellationToken)).For(parsed.RegionCode);
        var activity = Activity.Create(parsed, owner, RecordStamp.New(user.UserId, null, clock.GetUtcNow().UtcDateTime));
        if (!Visible(activity, user))
        {
            return OutsideScope();
        }
        db.Activities().Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved(activity.Id, activity.Version);
    }

    public async Task<FormOutcome> UpdateAsync(CurrentUser user, Guid id, int version, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var activity = await db.Activities().WhereVisibleTo(user.Scope).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return FormOutcome.Failed(NotFound);
        }
        if (activity.Version != version)
        {
            return FormOutcome.Failed(Stale);
        }
        var row = RowFields.FromValues(import.Fields, values);
        if (import.Parse(row) is not { } parsed || !row.IsValid)
        {
            return FormOutcome.Invalid(row.Errors);
        }
        if (await KeyTakenAsync(parsed, id, cancellationToken))
        {
            return Taken(parsed);
        }
        var owner = (await RegionOwners.LoadAsync(db, cancellationToken)).For(parsed.RegionCode);
        if (!activity.Apply(parsed, owner, null, clock.GetUtcNow().UtcDateTime))
        {
            return FormOutcome.Saved(activity.Id, activity.Version);
        }
        if (!Visible(activity, user))
        {
            return OutsideScope();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormOutcome.Failed(Stale);
        }
        return FormOutcome.Saved(activity.Id, activity.Version);
    }

    private Task<bool> KeyTakenAsync(ActivityValues values, Guid? except, CancellationToken cancellationToken) =>
        db.Activities().AnyAsync(a => a.Kind == values.Kind && a.Title == values.Title && a.HeldOn == values.HeldOn && a.Id != except,
            cancellationToken);

    private static FormOutcome Taken(ActivityValues values) => FormOutcome.Invalid(
        [new FieldError("活动名称", $"已登记同类型、同一开始日期的活动“{values.Title}”，不能重复录入。")]);

    private static FormOutcome OutsideScope() => FormOutcome.Invalid(
        [new FieldError("所在区县", "该区县不在您的数据范围内，保存后您将无法查看此记录；请填写本辖区的区县。")]);

    private static bool Visible(Activity activity, CurrentUser user) =>
        new[] { activity }.AsQueryable().WhereVisibleTo(user.Scope).Any();
}
