using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.GetPlatform;

public sealed record PlatformAssessmentRow(Guid Id, int Year, string Grade);

public sealed record PlatformDetail(PlatformRow Platform, IReadOnlyList<PlatformAssessmentRow> Assessments);

/// <summary>One platform with its yearly assessments, newest year first; outside the viewer's scope it does not exist.</summary>
public sealed class GetPlatform(KechuangDbContext db)
{
    public static readonly Error NotFound = Error.NotFound("platform-not-found", "未找到该平台载体，或您无权查看。");

    public async Task<Result<PlatformDetail>> ExecuteAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var platform = await db.Platforms().AsNoTracking().WhereVisibleTo(user.Scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (platform is null)
        {
            return NotFound;
        }
        var assessments = await db.PlatformAssessments().AsNoTracking().WhereVisibleTo(user.Scope)
            .Where(a => a.PlatformId == id)
            .OrderByDescending(a => a.Year)
            .Select(a => new PlatformAssessmentRow(a.Id, a.Year, a.Grade))
            .ToListAsync(cancellationToken);
        return new PlatformDetail(ListPlatforms.ListPlatforms.ToRow(platform), assessments);
    }
}
