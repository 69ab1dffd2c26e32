using Kechuang.Modules.Registry.Activities.ImportActivities;
using Kechuang.Modules.Registry.Activities.ListActivities;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Activities.ExportActivities;

/// <summary>The filtered activities in the import template's columns and formats, so the file re-imports unchanged.</summary>
public sealed class ExportActivities(KechuangDbContext db, IAuditTrail audit, TimeProvider clock, ActivityImport import)
{
    public async Task<Result<ExportedFile>> ExecuteAsync(CurrentUser user, ActivityFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var activities = await filter.Apply(db.Activities().AsNoTracking().WhereVisibleTo(user.Scope))
            .OrderBy(a => a.HeldOn).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var headers = import.Fields.Select(f => f.Header).Append(Platforms.ExportPlatforms.ExportPlatforms.RegionNameHeader).ToList();
        var rows = activities.Select(a => (IReadOnlyList<object?>)
        [
            RegistryLabels.ActivityKinds[a.Kind], a.Title, ListingHelpers.Date(a.HeldOn), a.EndsOn is null ? null : ListingHelpers.Date(a.EndsOn),
            a.Organizer, a.RegionCode, a.Participants, a.Enterprises, a.Notes, ListingHelpers.RegionName(a.RegionCode),
        ]);
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows, "科技活动", null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(Activity), null, AuditOutcome.Success,
            Detail: $"导出科技活动 {activities.Count} 条"), cancellationToken);
        return new ExportedFile(ListingHelpers.FileName("科技活动", clock), activities.Count);
    }
}
