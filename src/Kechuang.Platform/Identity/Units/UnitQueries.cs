using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Units;

/// <summary>Which units an administrator may see and change: the unit-tree reading of his data scope.</summary>
public static class UnitQueries
{
    /// <summary>
    /// Units are not <see cref="IScopedRecord"/>s, so their scope is read on the tree: 本单位及下级 is the own subtree,
    /// 本单位 and 本人创建 the own unit only, 指定行政区划 the units whose region code falls in a granted region.
    /// </summary>
    public static IQueryable<Unit> WhereVisibleTo(this IQueryable<Unit> units, DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.SeesEverything)
        {
            return units;
        }
        var subtree = scope.Grants.Any(g => g.Kind == DataScopeKind.OwnUnitAndBelow);
        var own = scope.Grants.Any(g => g.Kind is DataScopeKind.OwnUnit or DataScopeKind.OwnRecords);
        var prefixes = scope.Grants.Where(g => g.Kind == DataScopeKind.Regions)
            .SelectMany(g => g.Regions)
            .Select(DataScopeQueries.SignificantPrefix)
            .Distinct()
            .ToList();
        if (!subtree && !own && prefixes.Count == 0)
        {
            return units.Where(_ => false);
        }
        var path = scope.UnitPath;
        var unitId = scope.UnitId;
        return units.Where(u =>
            (subtree && u.Path.StartsWith(path)) ||
            (own && u.Id == unitId) ||
            (u.Code != null && u.Code.Length == 6 && prefixes.Any(p => u.Code.StartsWith(p))));
    }

    public static IQueryable<Unit> Units(this KechuangDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Unit>();
    }

    public static Task<Unit?> FindVisibleAsync(this KechuangDbContext db, Guid unitId, DataScope scope, CancellationToken cancellationToken) =>
        db.Units().WhereVisibleTo(scope).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);

    public static string KindLabel(UnitKind kind) => kind switch
    {
        UnitKind.Bureau => "科技局",
        UnitKind.Division => "处室",
        UnitKind.DistrictBureau => "区县科技局",
        UnitKind.DevelopmentZone => "开发区",
        UnitKind.Enterprise => "企业",
        UnitKind.University => "高校院所",
        UnitKind.Bank => "金融机构",
        UnitKind.Registry => "登记机构",
        _ => "其他",
    };
}
