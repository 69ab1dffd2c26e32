using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.ListPlatforms;

public sealed record PlatformFilter(
    PlatformKind? Kind = null,
    RecognitionLevel? Level = null,
    string? Region = null,
    PlatformStatus? Status = null,
    int? Year = null)
{
    /// <summary>The filter from query-string values (labels or identifiers), as the endpoints and the export link pass them.</summary>
    public static Result<PlatformFilter> Parse(string? kind, string? level, string? region, string? status, int? year)
    {
        var k = ListingHelpers.Choice(RegistryLabels.PlatformKinds, kind, "平台类型");
        var l = ListingHelpers.Choice(RegistryLabels.Levels, level, "级别");
        var s = ListingHelpers.Choice(RegistryLabels.PlatformStatuses, status, "状态");
        foreach (var error in new[] { k.Error, l.Error, s.Error, ListingHelpers.ValidateRegion(region), ListingHelpers.ValidateYear(year) })
        {
            if (error is not null)
            {
                return error;
            }
        }
        return new PlatformFilter(k.Value, l.Value, string.IsNullOrEmpty(region) ? null : region, s.Value, year);
    }

    internal IQueryable<InnovationPlatform> Apply(IQueryable<InnovationPlatform> platforms)
    {
        if (Kind is { } kind)
        {
            platforms = platforms.Where(p => p.Kind == kind);
        }
        if (Level is { } level)
        {
            platforms = platforms.Where(p => p.Level == level);
        }
        if (Status is { } status)
        {
            platforms = platforms.Where(p => p.Status == status);
        }
        if (Year is { } year)
        {
            if (ListingHelpers.YearRange(year) is not { } range)
            {
                return platforms.Where(_ => false);
            }
            var (from, to) = range;
            platforms = platforms.Where(p => p.RecognizedOn >= from && p.RecognizedOn < to);
        }
        return platforms.WithinRegion(Region);
    }
}

public sealed record PlatformRow(
    Guid Id,
    string Kind,
    string Name,
    string Level,
    string HostName,
    string? HostUscc,
    string? RegionCode,
    string RegionName,
    DateOnly RecognizedOn,
    string Status,
    int Version);

public sealed record PlatformCountRow(string Kind, string Level, int Count);

public sealed record PlatformList(Page<PlatformRow> Page, IReadOnlyList<PlatformCountRow> Counts);

/// <summary>创新平台载体 list: filtered, paged on the server, with the number of platforms per kind and level of the same filter.</summary>
public sealed class ListPlatforms(KechuangDbContext db)
{
    public async Task<PlatformList> ExecuteAsync(CurrentUser user, PlatformFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var platforms = filter.Apply(db.Platforms().AsNoTracking().WhereVisibleTo(user.Scope));
        var ordered = (page.Sort, page.Descending) switch
        {
            ("name", false) => platforms.OrderBy(p => p.Name).ThenBy(p => p.Id),
            ("name", true) => platforms.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
            ("kind", false) => platforms.OrderBy(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("kind", true) => platforms.OrderByDescending(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("recognizedOn", false) => platforms.OrderBy(p => p.RecognizedOn).ThenBy(p => p.Id),
            _ => platforms.OrderByDescending(p => p.RecognizedOn).ThenBy(p => p.Id),
        };
        var found = await ordered.ToPageAsync(page, cancellationToken);
        var counts = await platforms.GroupBy(p => new { p.Kind, p.Level })
            .Select(g => new { g.Key.Kind, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new PlatformList(
            new Page<PlatformRow>(found.Items.Select(ToRow).ToList(), found.Total, found.TotalIsCapped, found.PageNumber, found.PageSize),
            counts.OrderBy(c => c.Kind).ThenBy(c => c.Level)
                .Select(c => new PlatformCountRow(RegistryLabels.PlatformKinds[c.Kind], RegistryLabels.Levels[c.Level], c.Count))
                .ToList());
    }

    internal static PlatformRow ToRow(InnovationPlatform p) => new(
        p.Id, RegistryLabels.PlatformKinds[p.Kind], p.Name, RegistryLabels.Levels[p.Level], p.HostName, p.HostUscc,
        p.RegionCode, ListingHelpers.RegionName(p.RegionCode), p.RecognizedOn, RegistryLabels.PlatformStatuses[p.Status], p.Version);
}
