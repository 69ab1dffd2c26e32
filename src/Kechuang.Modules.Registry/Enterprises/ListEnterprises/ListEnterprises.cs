using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.ListEnterprises;

/// <summary>One line of the enterprise list; the two flags are as of today (Beijing time).</summary>
public sealed record EnterpriseRow(
    Guid Id,
    string Uscc,
    string Name,
    string? RegionCode,
    string RegionName,
    string? ZoneName,
    string FieldLabel,
    DateOnly? FoundedOn,
    bool AboveDesignatedSize,
    string ListingLabel,
    bool HighTechValid,
    bool TechSmeThisYear);

/// <summary>
/// 企业名录: filtered, sorted, paged. Built for a million enterprises: the count comes first and stops at
/// <see cref="Page{T}.CountCap"/>; a filter matching few rows has them read and sorted in memory, any other walks the
/// sort's index (see <see cref="EnterpriseQueries.Filtered"/>) with no per-row subquery; the two flags are looked up
/// for the page's ids only, in two small queries.
/// </summary>
public sealed class ListEnterprises(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<EnterpriseRow>> ExecuteAsync(EnterpriseFilter filter, PageRequest page, DataScope scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(scope);
        var today = EnterpriseQueries.Today(clock);
        var sort = page.Sort is { } key && EnterpriseFilter.Sorts.ContainsKey(key) ? key : "name";
        var filtered = EnterpriseQueries.Filtered(db, filter, scope, today);
        // Counted without ORDER BY, so the database need not sort what it only counts.
        var counted = await filtered.Take(Page<EnterpriseRow>.CountCap + 1).CountAsync(cancellationToken);
        List<Item> items;
        if (counted <= InMemoryLimit)
        {
            // Few matches: walking the sort index would visit most of the table to find them (a rare name part, a
            // qualification); reading the matches and sorting them here costs milliseconds.
            var matches = await filtered.Select(e => new Item(e.Id, e.Uscc, e.Name, e.RegionCode, e.ZoneCode, e.TechField, e.FoundedOn,
                e.AboveDesignatedSize, e.Listing)).ToListAsync(cancellationToken);
            items = SortInMemory(matches, sort, page.Descending).Skip((page.SafePage - 1) * page.SafeSize).Take(page.SafeSize).ToList();
        }
        else
        {
            items = await EnterpriseQueries.Sorted(EnterpriseQueries.Filtered(db, filter, scope, today, sort), sort, page.Descending)
                .Skip((page.SafePage - 1) * page.SafeSize)
                .Take(page.SafeSize)
                .Select(e => new Item(e.Id, e.Uscc, e.Name, e.RegionCode, e.ZoneCode, e.TechField, e.FoundedOn, e.AboveDesignatedSize, e.Listing))
                .ToListAsync(cancellationToken);
        }

        var ids = items.Select(e => e.Id).ToList();
        HashSet<Guid> highTech = ids.Count == 0 ? [] : (await EnterpriseQueries.ValidHighTech(db, today).Where(id => ids.Contains(id))
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        HashSet<Guid> techSme = ids.Count == 0 ? [] : (await EnterpriseQueries.TechSmeIn(db, today.Year).Where(id => ids.Contains(id))
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var rows = items.Select(e => new EnterpriseRow(
                e.Id, e.Uscc, e.Name, e.RegionCode,
                e.RegionCode is null ? "" : RegionCatalog.NameOf(e.RegionCode) ?? e.RegionCode,
                DevelopmentZones.NameOf(e.ZoneCode),
                RegistryLabels.Label(RegistryLabels.TechFields, e.TechField),
                e.FoundedOn, e.AboveDesignatedSize,
                RegistryLabels.Label(RegistryLabels.Listings, e.Listing),
                highTech.Contains(e.Id), techSme.Contains(e.Id)))
            .ToList();
        return new Page<EnterpriseRow>(rows, Math.Min(counted, Page<EnterpriseRow>.CountCap), counted > Page<EnterpriseRow>.CountCap,
            page.SafePage, page.SafeSize);
    }

    /// <summary>Up to this many matches are sorted in memory rather than by the database (tests set 0 to check the other path).</summary>
    internal int InMemoryLimit { get; init; } = 5_000;

    private sealed record Item(Guid Id, string Uscc, string Name, string? RegionCode, string? ZoneCode, TechField? TechField,
        DateOnly? FoundedOn, bool AboveDesignatedSize, ListingStatus Listing);

    private static IEnumerable<Item> SortInMemory(List<Item> items, string sort, bool descending)
    {
        var ordered = sort switch
        {
            "uscc" => items.OrderBy(e => e.Uscc, StringComparer.Ordinal),
            "founded" => items.OrderBy(e => e.FoundedOn).ThenBy(e => e.Uscc, StringComparer.Ordinal),
            "region" => items.OrderBy(e => e.RegionCode, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)
                .ThenBy(e => e.Uscc, StringComparer.Ordinal),
            _ => items.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Uscc, StringComparer.Ordinal),
        };
        return descending ? ordered.Reverse() : ordered;
    }
}
