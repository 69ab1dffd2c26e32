using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Ownership;

public sealed record Owner(Guid UnitId, string UnitPath);

/// <summary>
/// A registry record belongs to the district bureau of the region it lies in (雁塔区 enterprise → 雁塔区科技局), so a
/// district role scoped "own unit and below" sees exactly its district; a region no district bureau covers belongs
/// to the root bureau. Read once per use case: an import of a million rows asks this in memory.
/// </summary>
public sealed class RegionOwners
{
    private readonly Dictionary<string, Owner> _byCode;
    private readonly Owner _root;

    private RegionOwners(Dictionary<string, Owner> byCode, Owner root)
    {
        _byCode = byCode;
        _root = root;
    }

    public static async Task<RegionOwners> LoadAsync(KechuangDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Set<Unit>().AsNoTracking()
            .Where(u => u.IsActive && (u.ParentId == null || (u.Kind == UnitKind.DistrictBureau && u.Code != null)))
            .Select(u => new { u.Id, u.Path, u.Code, u.ParentId, u.Kind })
            .ToListAsync(cancellationToken);
        var root = units.Where(u => u.ParentId == null).OrderBy(u => u.Path, StringComparer.Ordinal).FirstOrDefault();
        var byCode = new Dictionary<string, Owner>(StringComparer.Ordinal);
        foreach (var unit in units.Where(u => u.Kind == UnitKind.DistrictBureau && u.Code is not null))
        {
            byCode.TryAdd(unit.Code!, new Owner(unit.Id, unit.Path));
        }
        return new RegionOwners(byCode, root is null ? new Owner(Guid.Empty, "/") : new Owner(root.Id, root.Path));
    }

    /// <summary>The district bureau of the code, else of its city, else of its province, else the root bureau.</summary>
    public Owner For(string? regionCode)
    {
        if (regionCode is { Length: 6 })
        {
            if (_byCode.TryGetValue(regionCode, out var district))
            {
                return district;
            }
            if (_byCode.TryGetValue(string.Concat(regionCode.AsSpan(0, 4), "00"), out var city))
            {
                return city;
            }
            if (_byCode.TryGetValue(string.Concat(regionCode.AsSpan(0, 2), "0000"), out var province))
            {
                return province;
            }
        }
        return _root;
    }
}
