using Kechuang.Modules.Registry.Ownership;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms;

/// <summary>A platform's yearly assessments lie where the platform lies; when it moves district they move with it.</summary>
internal static class PlatformRelocation
{
    public static Task MoveAssessmentsAsync(KechuangDbContext db, Guid platformId, string? regionCode, Owner owner,
        CancellationToken cancellationToken) =>
        db.PlatformAssessments().Where(a => a.PlatformId == platformId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.RegionCode, regionCode).SetProperty(a => a.OwnerUnitId, owner.UnitId)
            .SetProperty(a => a.OwnerUnitPath, owner.UnitPath), cancellationToken);
}
