using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry;

/// <summary>A page of a list: 1-based page number, size (at most <see cref="MaxPageSize"/>), sort field and direction.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 20, string? Sort = null, bool Descending = false)
{
    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>
/// One page of rows and the number of matching rows, counted up to <see cref="CountCap"/>: counting a million rows
/// on every page view costs more than the page itself, and "10,000+" is all a list needs to say beyond that.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, bool TotalIsCapped, int PageNumber, int PageSize)
{
    public const int CountCap = 10_000;
}

public static class PagingQueries
{
    /// <summary>Pages an already filtered and ordered query (order it by a unique key last, so pages are stable).</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = await ordered.Skip((request.SafePage - 1) * request.SafeSize).Take(request.SafeSize).ToListAsync(cancellationToken);
        var counted = await ordered.Take(Page<T>.CountCap + 1).CountAsync(cancellationToken);
        return new Page<T>(items, Math.Min(counted, Page<T>.CountCap), counted > Page<T>.CountCap, request.SafePage, request.SafeSize);
    }
}
