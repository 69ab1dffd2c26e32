// STUB: replaced by the tables branch at merge.
namespace Kechuang.Platform.Codes;

public enum RegionLevel { Province, Prefecture, County }

public sealed record Region(string Code, string Name, string? ParentCode, RegionLevel Level);

public static class RegionCatalog
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["610000"] = "陕西省", ["610100"] = "西安市", ["610102"] = "新城区", ["610103"] = "碑林区", ["610104"] = "莲湖区",
        ["610111"] = "灞桥区", ["610112"] = "未央区", ["610113"] = "雁塔区", ["610114"] = "阎良区", ["610115"] = "临潼区",
        ["610116"] = "长安区", ["610117"] = "高陵区", ["610118"] = "鄠邑区", ["610122"] = "蓝田县", ["610124"] = "周至县",
        ["110000"] = "北京市", ["110108"] = "海淀区", ["310000"] = "上海市", ["310115"] = "浦东新区", ["440300"] = "深圳市", ["440305"] = "南山区",
    };

    public static bool IsKnown(string code) => Names.ContainsKey(code) || RegionCode.IsValid(code);
    public static string? NameOf(string code) => Names.GetValueOrDefault(code);
    public static string? FullNameOf(string code) => NameOf(code);
    public static Region? Find(string code) => Names.TryGetValue(code, out var n) ? new Region(code, n, null, RegionLevel.County) : null;
    public static Region? FindByName(string name, string? withinCode = null) =>
        Names.Where(p => p.Value == name).Select(p => new Region(p.Key, p.Value, null, RegionLevel.County)).FirstOrDefault();
    public static IReadOnlyList<Region> All => Names.Select(p => new Region(p.Key, p.Value, null, RegionLevel.County)).ToList();
    public static IReadOnlyList<Region> ChildrenOf(string? parentCode) => [];
}
