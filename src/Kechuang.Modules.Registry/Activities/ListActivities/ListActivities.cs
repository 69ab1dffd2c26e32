using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Activities.ListActivities;

public sealed record ActivityFilter(ActivityKind? Kind = null, DateOnly? From = null, DateOnly? To = null, string? Region = null)
{
    public static Result<ActivityFilter> Parse(string? kind, string? from, string? to, string? region)
    {
        var k = ListingHelpers.Choice(RegistryLabels.ActivityKinds, kind, "活动类型");
        if ((k.Error ?? ListingHelpers.ValidateRegion(region)) is { } error)
        {
            return error;
        }
        var start = ParseDate(from, "开始日期");
        var end = ParseDate(to, "结束日期");
        if ((start.Error ?? end.Error) is { } dateError)
        {
            return dateError;
        }
        return new ActivityFilter(k.Value, start.Value, end.Value, string.IsNullOrEmpty(region) ? null : region);
    }

    private static Result<DateOnly?> ParseDate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DateOnly?)null;
        }
        var parsed = Platform.Text.SheetValues.ParseDate(text);
        return parsed.IsSuccess ? (DateOnly?)parsed.Value : Error.Validation("filter-date", $"{name}“{text}”无法识别，请按 yyyy-MM-dd 填写。");
    }

    /// <summary>Activities that started within the range (both ends inclusive).</summary>
    internal IQueryable<Activity> Apply(IQueryable<Activity> activities)
    {
        if (Kind is { } kind)
        {
            activities = activities.Where(a => a.Kind == kind);
        }
        if (From is { } from)
        {
            activities = activities.Where(a => a.HeldOn >= from);
        }
        if (To is { } to)
        {
            activities = activities.Where(a => a.HeldOn <= to);
        }
        return activities.WithinRegion(Region);
    }
}

public sealed record ActivityRow(
    Guid Id,
    string Kind,
    string Title,
    DateOnly HeldOn,
    DateOnly? EndsOn,
    string Organizer,
    string? RegionCode,
    string RegionName,
    int? Participants,
    int? Enterprises,
    string? Notes,
    int Version);

/// <summary>科技活动 list: filtered by kind, start-date range and region subtree, paged on the server, newest first.</summary>
public sealed class ListActivities(KechuangDbContext db)
{
    public async Task<Page<ActivityRow>> ExecuteAsync(CurrentUser user, ActivityFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var activities = filter.Apply(db.Activities().AsNoTracking().WhereVisibleTo(user.Scope));
        var ordered = (page.Sort, page.Descending) switch
        {
            ("title", false) => activities.OrderBy(a => a.Title).ThenBy(a => a.Id),
            ("title", true) => activities.OrderByDescending(a => a.Title).ThenBy(a => a.Id),
            ("heldOn", false) => activities.OrderBy(a => a.HeldOn).ThenBy(a => a.Id),
            _ => activities.OrderByDescending(a => a.HeldOn).ThenBy(a => a.Id),
        };
        var found = await ordered.ToPageAsync(page, cancellationToken);
        return new Page<ActivityRow>(found.Items.Select(ToRow).ToList(), found.Total, found.TotalIsCapped, found.PageNumber, found.PageSize);
    }

    internal static ActivityRow ToRow(Activity a) => new(a.Id, RegistryLabels.ActivityKinds[a.Kind], a.Title, a.HeldOn, a.EndsOn, a.Organizer,
        a.RegionCode, ListingHelpers.RegionName(a.RegionCode), a.Participants, a.Enterprises, a.Notes, a.Version);
}
