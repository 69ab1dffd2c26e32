using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Units.ListUnits;

public sealed record UnitRow(
    Guid Id,
    Guid? ParentId,
    UnitKind Kind,
    string KindLabel,
    string Name,
    string? Code,
    bool IsActive,
    int Depth,
    int UserCount,
    int Version);

/// <summary>The part of the organisation tree the administrator may see, in tree order (parents before children).</summary>
public sealed class ListUnits(KechuangDbContext db)
{
    public async Task<IReadOnlyList<UnitRow>> ExecuteAsync(CurrentUser actor, bool includeInactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Units().AsNoTracking().WhereVisibleTo(actor.Scope);
        if (!includeInactive)
        {
            query = query.Where(u => u.IsActive);
        }
        var units = await query
            .Select(u => new
            {
                u.Id, u.ParentId, u.Kind, u.Name, u.Code, u.IsActive, u.Version,
                Users = db.Set<KechuangUser>().Count(x => x.UnitId == u.Id),
            })
            .ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } parent && ids.Contains(parent) ? parent : (Guid?)null);
        var rows = new List<UnitRow>(units.Count);
        void Visit(Guid? parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                rows.Add(new UnitRow(unit.Id, unit.ParentId, unit.Kind, UnitQueries.KindLabel(unit.Kind), unit.Name, unit.Code,
                    unit.IsActive, depth, unit.Users, unit.Version));
                Visit(unit.Id, depth + 1);
            }
        }
        Visit(null, 0);
        return rows;
    }
}
