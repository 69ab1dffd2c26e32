using Kechuang.Modules.Registry.Platforms.ImportPlatforms;
using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.ExportPlatforms;

/// <summary>
/// The filtered platforms as an .xlsx in the import template's columns and value formats (labels, yyyy-MM-dd, region
/// codes), so the file re-imports unchanged; a trailing 区县名称 column is for reading and is ignored on import.
/// </summary>
public sealed class ExportPlatforms(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public const string RegionNameHeader = "区县名称";

    public async Task<Result<ExportedFile>> ExecuteAsync(CurrentUser user, PlatformFilter filter, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var platforms = await filter.Apply(db.Platforms().AsNoTracking().WhereVisibleTo(user.Scope))
            .OrderBy(p => p.Kind).ThenBy(p => p.Level).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var headers = new PlatformImport().Fields.Select(f => f.Header).Append(RegionNameHeader).ToList();
        var rows = platforms.Select(p => (IReadOnlyList<object?>)
        [
            RegistryLabels.PlatformKinds[p.Kind], p.Name, RegistryLabels.Levels[p.Level], p.HostName, p.HostUscc, p.RegionCode,
            ListingHelpers.Date(p.RecognizedOn), RegistryLabels.PlatformStatuses[p.Status], ListingHelpers.RegionName(p.RegionCode),
        ]);
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows, "创新平台载体", null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(InnovationPlatform), null, AuditOutcome.Success,
            Detail: $"导出创新平台载体 {platforms.Count} 条"), cancellationToken);
        return new ExportedFile(ListingHelpers.FileName("创新平台载体", clock), platforms.Count);
    }
}

/// <summary>The yearly assessments of the visible platforms, in the 平台年度考核 template's columns.</summary>
public sealed class ExportPlatformAssessments(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ExportedFile>> ExecuteAsync(CurrentUser user, PlatformFilter filter, int? assessmentYear, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var platforms = filter.Apply(db.Platforms().AsNoTracking().WhereVisibleTo(user.Scope));
        var assessments = db.PlatformAssessments().AsNoTracking().WhereVisibleTo(user.Scope);
        if (assessmentYear is { } year)
        {
            assessments = assessments.Where(a => a.Year == year);
        }
        var found = await assessments
            .Join(platforms, a => a.PlatformId, p => p.Id, (a, p) => new { p.Kind, p.Level, p.Name, a.Year, a.Grade })
            .ToListAsync(cancellationToken);
        var headers = new PlatformAssessmentImport().Fields.Select(f => f.Header).ToList();
        var rows = found.OrderBy(a => a.Kind).ThenBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Year)
            .Select(a => (IReadOnlyList<object?>)[RegistryLabels.PlatformKinds[a.Kind], RegistryLabels.Levels[a.Level], a.Name, a.Year, a.Grade]);
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows, "平台年度考核", null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(PlatformAssessment), null, AuditOutcome.Success,
            Detail: $"导出平台年度考核 {found.Count} 条"), cancellationToken);
        return new ExportedFile(ListingHelpers.FileName("平台年度考核", clock), found.Count);
    }
}
