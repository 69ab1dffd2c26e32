using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ListRoadshows;

public sealed record RoadshowRow(Guid Id, string Title, DateOnly HeldOn, string Organizer, string? RegionCode,
    IReadOnlyList<string> Enterprises, IReadOnlyList<string> Investors, long? IntendedInvestmentFen);

/// <summary>路演 the user may see, newest first, filtered by date range and title.</summary>
public sealed class ListRoadshows(KechuangDbContext db)
{
    public async Task<Page<RoadshowRow>> ExecuteAsync(DataScope scope, DateOnly? from, DateOnly? to, string? search, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var roadshows = Filtered(db, scope, from, to, search);
        var rows = await roadshows.OrderByDescending(r => r.HeldOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.HeldOn, r.Organizer, r.RegionCode, r.Enterprises, r.Investors, r.IntendedInvestmentFen })
            .ToPageAsync(page, cancellationToken);
        return new Page<RoadshowRow>(
            rows.Items.Select(r => new RoadshowRow(r.Id, r.Title, r.HeldOn, r.Organizer, r.RegionCode, Lines(r.Enterprises), Lines(r.Investors),
                r.IntendedInvestmentFen)).ToList(),
            rows.Total, rows.TotalIsCapped, rows.PageNumber, rows.PageSize);
    }

    internal static IQueryable<Roadshow> Filtered(KechuangDbContext db, DataScope scope, DateOnly? from, DateOnly? to, string? search)
    {
        var roadshows = db.Roadshows().AsNoTracking().WhereVisibleTo(scope);
        if (from is { } f)
        {
            roadshows = roadshows.Where(r => r.HeldOn >= f);
        }
        if (to is { } t)
        {
            roadshows = roadshows.Where(r => r.HeldOn <= t);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            roadshows = roadshows.Where(r => r.Title.Contains(q) || r.Organizer.Contains(q));
        }
        return roadshows;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
