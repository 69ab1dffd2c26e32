using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;

namespace Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;

public sealed record GrowthRecognitionQuery(
    string? Region = null, GrowthKind? Kind = null, int? Year = null, RecognitionLevel? Level = null, string? Search = null);

public sealed record GrowthRecognitionRow(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string? RegionCode,
    string RegionName,
    GrowthKind Kind,
    string KindLabel,
    int Year,
    RecognitionLevel Level,
    string LevelLabel,
    int Version);

/// <summary>瞪羚/独角兽企业认定 list: server-side filters and paging within the user's data scope.</summary>
public sealed class ListGrowthRecognitions(KechuangDbContext db)
{
    public async Task<Page<GrowthRecognitionRow>> ExecuteAsync(CurrentUser user, GrowthRecognitionQuery query, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(page);
        var rows = await Sorted(Filtered(db, user.Scope, query), page)
            .Select(j => new GrowthRecognitionRow(j.Record.Id, j.Record.EnterpriseId, j.EnterpriseName, j.Uscc, j.Record.RegionCode, "",
                j.Record.Kind, "", j.Record.Year, j.Record.Level, "", j.Record.Version))
            .ToPageAsync(page, cancellationToken);
        return rows with
        {
            Items = rows.Items.Select(r => r with
            {
                RegionName = QualificationFiles.RegionName(r.RegionCode),
                KindLabel = RegistryLabels.Label(RegistryLabels.GrowthKinds, r.Kind),
                LevelLabel = RegistryLabels.Label(RegistryLabels.Levels, r.Level),
            }).ToList(),
        };
    }

    internal static IQueryable<WithEnterprise<GrowthRecognition>> Filtered(KechuangDbContext db, DataScope scope, GrowthRecognitionQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var joined = WithEnterpriseQueries.Joined(db, db.GrowthRecognitions(), scope, r => r.EnterpriseId, query.Region, query.Search);
        if (query.Kind is { } kind)
        {
            joined = joined.Where(j => j.Record.Kind == kind);
        }
        if (query.Year is { } year)
        {
            joined = joined.Where(j => j.Record.Year == year);
        }
        if (query.Level is { } level)
        {
            joined = joined.Where(j => j.Record.Level == level);
        }
        return joined;
    }

    internal static IQueryable<WithEnterprise<GrowthRecognition>> Sorted(IQueryable<WithEnterprise<GrowthRecognition>> rows, PageRequest page) =>
        (page.Sort, page.Descending) switch
        {
            ("enterprise", false) => rows.OrderBy(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
            ("enterprise", true) => rows.OrderByDescending(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
            ("year", false) => rows.OrderBy(j => j.Record.Year).ThenBy(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
            _ => rows.OrderByDescending(j => j.Record.Year).ThenBy(j => j.EnterpriseName).ThenBy(j => j.Record.Id),
        };
}
