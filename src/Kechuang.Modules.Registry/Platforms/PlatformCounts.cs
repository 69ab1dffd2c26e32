using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms;

public sealed record PlatformKindLevelCount(PlatformKind Kind, RecognitionLevel Level, int Count);

/// <summary>
/// Platform figures the cockpit (#5) reads: platforms newly recognised in a period, and the 众创载体 (众创空间、孵化器、
/// 加速器 at municipal level or above) active on a date. Both count within the viewer's scope and a region subtree.
/// </summary>
public sealed class PlatformCounts(KechuangDbContext db)
{
    public static readonly IReadOnlyList<PlatformKind> IncubationKinds = [PlatformKind.Makerspace, PlatformKind.Incubator, PlatformKind.Accelerator];

    /// <summary>Platforms recognised from <paramref name="from"/> to <paramref name="to"/> (both inclusive), by kind and level.</summary>
    public async Task<IReadOnlyList<PlatformKindLevelCount>> NewByKindAndLevelAsync(DataScope scope, string? region, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var counts = await db.Platforms().AsNoTracking().WhereVisibleTo(scope).WithinRegion(region)
            .Where(p => p.RecognizedOn >= from && p.RecognizedOn <= to)
            .GroupBy(p => new { p.Kind, p.Level })
            .Select(g => new { g.Key.Kind, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.Select(c => new PlatformKindLevelCount(c.Kind, c.Level, c.Count))
            .OrderBy(c => c.Kind).ThenBy(c => c.Level).ToList();
    }

    /// <summary>
    /// 众创载体 active on <paramref name="on"/>: recognised by then, municipal level or above, status 正常. The registry
    /// keeps the current status only, so a platform revoked later no longer counts for earlier dates either.
    /// </summary>
    public Task<int> ActiveIncubationCarriersAsync(DataScope scope, string? region, DateOnly on, CancellationToken cancellationToken)
    {
        var kinds = IncubationKinds.ToList();
        var levels = new List<RecognitionLevel> { RecognitionLevel.National, RecognitionLevel.Provincial, RecognitionLevel.Municipal };
        return db.Platforms().AsNoTracking().WhereVisibleTo(scope).WithinRegion(region)
            .Where(p => kinds.Contains(p.Kind) && levels.Contains(p.Level) && p.Status == PlatformStatus.Active && p.RecognizedOn <= on)
            .CountAsync(cancellationToken);
    }
}
