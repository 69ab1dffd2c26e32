using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>Plan look-ups shared by import, preview and the demo seeder.</summary>
internal sealed class PlanQueries(KechuangDbContext db)
{
    public Task<PlanRef?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        db.Plans().AsNoTracking()
            .Where(p => p.ContentHash == contentHash)
            .Select(p => new PlanRef(p.Id, p.Title, p.PlanYear, p.Revision, p.ImportedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The latest revision of the plan with the same title, year and issuer, if one was imported before.</summary>
    public async Task<PlanRef?> FindLatestRevisionAsync(string? title, int? planYear, string? issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var normalizedTitle = title.Trim();
        var normalizedIssuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim();
        return await db.Plans().AsNoTracking()
            .Where(p => p.IsLatestRevision && p.Title == normalizedTitle && p.PlanYear == planYear && p.Issuer == normalizedIssuer)
            .OrderByDescending(p => p.Revision)
            .Select(p => new PlanRef(p.Id, p.Title, p.PlanYear, p.Revision, p.ImportedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
