using System.Reflection;

namespace Kechuang.Platform.Codes;

/// <summary>
/// The national GB/T 2260 code table (province, prefecture and county levels) embedded as reference data; see
/// docs/reference-data.md for its source and how to refresh it. Loaded once, on first use.
/// </summary>
public static class RegionCatalog
{
    private const string ResourceName = "Kechuang.Platform.Codes.Data.gb2260.tsv";

    private static readonly Lazy<Table> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<Region> All => Data.Value.All;

    public static Region? Find(string? code) =>
        code is not null && Data.Value.ByCode.TryGetValue(code.Trim(), out var region) ? region : null;

    public static bool IsKnown(string? code) => Find(code) is not null;

    public static string? NameOf(string? code) => Find(code)?.Name;

    /// <summary>"陕西省西安市雁塔区"; the placeholder levels 市辖区 and 县 of the municipalities are left out.</summary>
    public static string? FullNameOf(string? code)
    {
        var region = Find(code);
        if (region is null)
        {
            return null;
        }
        var names = new List<string>(3);
        for (var current = region; current is not null; current = current.ParentCode is { } parent ? Find(parent) : null)
        {
            if (current == region || !IsPlaceholder(current))
            {
                names.Add(current.Name);
            }
        }
        names.Reverse();
        return string.Concat(names);
    }

    /// <summary>The provinces for null, otherwise the direct children in code order.</summary>
    public static IReadOnlyList<Region> ChildrenOf(string? parentCode) =>
        Data.Value.Children.TryGetValue(parentCode?.Trim() ?? "", out var children) ? children : [];

    /// <summary>
    /// A region by its name ("雁塔区") or full name ("陕西省西安市雁塔区"), optionally within a region's subtree.
    /// Null when no region or more than one has that name (朝阳区 is both in 北京市 and in 长春市).
    /// </summary>
    public static Region? FindByName(string? name, string? withinCode = null)
    {
        var wanted = string.Concat((name ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (wanted.Length == 0)
        {
            return null;
        }
        Region? scope = null;
        if (withinCode is not null && (scope = Find(withinCode)) is null)
        {
            return null;
        }
        var matches = Data.Value.ByName.TryGetValue(wanted, out var named)
            ? named.Where(r => scope is null || IsWithin(r, scope)).Take(2).ToList()
            : [];
        if (matches.Count > 0)
        {
            return matches.Count == 1 ? matches[0] : null;
        }
        return ResolveFullName(wanted, scope);
    }

    private static Region? ResolveFullName(string text, Region? scope)
    {
        var current = scope;
        var rest = text;
        if (scope is not null && rest.StartsWith(FullNameOf(scope.Code)!, StringComparison.Ordinal))
        {
            rest = rest[FullNameOf(scope.Code)!.Length..];
        }
        while (rest.Length > 0)
        {
            var next = Descendable(current?.Code)
                .Where(r => rest.StartsWith(r.Name, StringComparison.Ordinal))
                .MaxBy(r => r.Name.Length);
            if (next is null)
            {
                return null;
            }
            current = next;
            rest = rest[next.Name.Length..];
        }
        return current;
    }

    /// <summary>The children of a region, looking through the placeholder levels (北京市 → 东城区 directly).</summary>
    private static IEnumerable<Region> Descendable(string? code)
    {
        foreach (var child in ChildrenOf(code))
        {
            yield return child;
            if (IsPlaceholder(child))
            {
                foreach (var grandchild in ChildrenOf(child.Code))
                {
                    yield return grandchild;
                }
            }
        }
    }

    private static bool IsWithin(Region region, Region scope) => scope.Level switch
    {
        RegionLevel.Province => region.Code.StartsWith(scope.Code[..2], StringComparison.Ordinal),
        RegionLevel.Prefecture => region.Code.StartsWith(scope.Code[..4], StringComparison.Ordinal),
        _ => region.Code == scope.Code,
    };

    // GB/T 2260 groups the districts of a municipality under 市辖区/县 and the province-administered
    // county-level cities under 省直辖县级行政区划; these are not names anyone writes in an address.
    public static bool IsPlaceholder(Region region) =>
        (region ?? throw new ArgumentNullException(nameof(region))).Level == RegionLevel.Prefecture
        && region.Name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划";

    private static Table Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var all = new List<Region>(3300);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var code = line[..tab];
            var name = line[(tab + 1)..];
            var (level, parent) = code switch
            {
                _ when code.EndsWith("0000", StringComparison.Ordinal) => (RegionLevel.Province, (string?)null),
                _ when code.EndsWith("00", StringComparison.Ordinal) => (RegionLevel.Prefecture, code[..2] + "0000"),
                _ => (RegionLevel.County, code[..4] + "00"),
            };
            all.Add(new Region(code, name, parent, level));
        }
        var byCode = all.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var children = all
            .GroupBy(r => r.ParentCode ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)g.ToList(), StringComparer.Ordinal);
        var byName = all
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)g.ToList(), StringComparer.Ordinal);
        return new Table(all, byCode, children, byName);
    }

    private sealed record Table(
        IReadOnlyList<Region> All,
        Dictionary<string, Region> ByCode,
        Dictionary<string, IReadOnlyList<Region>> Children,
        Dictionary<string, IReadOnlyList<Region>> ByName);
}
