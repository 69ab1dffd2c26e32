using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Talents;

/// <summary>New talents of a period: 技术经理人 certified, 海外高层次人才 introduced, 科技特派员 dispatched.</summary>
public sealed record TalentPeriodCounts(int TechManagers, int OverseasTalents, int TechCommissioners);

/// <summary>Talent figures the cockpit (#5) reads, within the viewer's scope and a region subtree.</summary>
public sealed class TalentCounts(KechuangDbContext db)
{
    /// <summary>Talents whose 认定/引进/派驻日期 falls from <paramref name="from"/> to <paramref name="to"/> (both inclusive).</summary>
    public async Task<TalentPeriodCounts> NewInPeriodAsync(DataScope scope, string? region, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var counts = await db.Talents().AsNoTracking().WhereVisibleTo(scope).WithinRegion(region)
            .Where(t => t.EffectiveOn >= from && t.EffectiveOn <= to)
            .GroupBy(t => t.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Kind, c => c.Count, cancellationToken);
        return new TalentPeriodCounts(counts.GetValueOrDefault(TalentKind.TechManager), counts.GetValueOrDefault(TalentKind.OverseasTalent),
            counts.GetValueOrDefault(TalentKind.TechCommissioner));
    }
}
