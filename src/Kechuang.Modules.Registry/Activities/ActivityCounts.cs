using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Activities;

public sealed record ActivityKindCount(ActivityKind Kind, int Count, int Participants, int Enterprises);

/// <summary>Activity figures the cockpit (#5) reads: activities started in a period, by kind, with their reach.</summary>
public sealed class ActivityCounts(KechuangDbContext db)
{
    /// <summary>Activities whose 开始日期 falls from <paramref name="from"/> to <paramref name="to"/> (both inclusive).</summary>
    public async Task<IReadOnlyList<ActivityKindCount>> ByKindAsync(DataScope scope, string? region, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var counts = await db.Activities().AsNoTracking().WhereVisibleTo(scope).WithinRegion(region)
            .Where(a => a.HeldOn >= from && a.HeldOn <= to)
            .GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), Participants = g.Sum(a => a.Participants ?? 0), Enterprises = g.Sum(a => a.Enterprises ?? 0) })
            .ToListAsync(cancellationToken);
        return counts.Select(c => new ActivityKindCount(c.Kind, c.Count, c.Participants, c.Enterprises)).OrderBy(c => c.Kind).ToList();
    }
}
