using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>
/// An enterprise's yearly figures and qualifications lie where the enterprise lies; when it moves district, they move
/// with it in the same transaction, so a district's lists never show another district's enterprise through them.
/// </summary>
internal static class EnterpriseRelocation
{
    public static async Task MoveChildrenAsync(KechuangDbContext db, Guid enterpriseId, string? regionCode, Owner owner,
        CancellationToken cancellationToken)
    {
        await db.EnterpriseYears().Where(r => r.EnterpriseId == enterpriseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RegionCode, regionCode).SetProperty(r => r.OwnerUnitId, owner.UnitId)
            .SetProperty(r => r.OwnerUnitPath, owner.UnitPath), cancellationToken);
        await db.HighTechCertificates().Where(r => r.EnterpriseId == enterpriseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RegionCode, regionCode).SetProperty(r => r.OwnerUnitId, owner.UnitId)
            .SetProperty(r => r.OwnerUnitPath, owner.UnitPath), cancellationToken);
        await db.TechSmeRegistrations().Where(r => r.EnterpriseId == enterpriseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RegionCode, regionCode).SetProperty(r => r.OwnerUnitId, owner.UnitId)
            .SetProperty(r => r.OwnerUnitPath, owner.UnitPath), cancellationToken);
        await db.GrowthRecognitions().Where(r => r.EnterpriseId == enterpriseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RegionCode, regionCode).SetProperty(r => r.OwnerUnitId, owner.UnitId)
            .SetProperty(r => r.OwnerUnitPath, owner.UnitPath), cancellationToken);
        await db.PoolMemberships().Where(r => r.EnterpriseId == enterpriseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RegionCode, regionCode).SetProperty(r => r.OwnerUnitId, owner.UnitId)
            .SetProperty(r => r.OwnerUnitPath, owner.UnitPath), cancellationToken);
    }
}
