namespace Kechuang.Modules.Registry.Enterprises;

public sealed record DevelopmentZone(string Code, string Name, string CityCode);

/// <summary>
/// 开发区: management areas that overlap districts (高新区 spans 雁塔区 and 长安区), so they are a separate attribute, not a
/// region code. Xi'an's zones as ../shared/DOMAIN.md lists them; codes are Kechuang's own, stable identifiers.
/// </summary>
public static class DevelopmentZones
{
    public static IReadOnlyList<DevelopmentZone> All { get; } =
    [
        new("XA-GX", "西安高新区", "610100"),
        new("XA-JK", "西安经开区", "610100"),
        new("XA-QJ", "曲江新区", "610100"),
        new("XA-CB", "浐灞生态区", "610100"),
        new("XA-HT", "西安航天基地", "610100"),
        new("XA-HK", "西安航空基地", "610100"),
        new("XA-GWG", "西安国际港务区", "610100"),
        new("XA-XX", "西咸新区", "610100"),
    ];

    public static DevelopmentZone? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }
        var value = codeOrName.Trim();
        return All.FirstOrDefault(z => string.Equals(z.Code, value, StringComparison.OrdinalIgnoreCase)
            || z.Name == value
            || z.Name == "西安" + value
            || z.Name.Replace("西安", "", StringComparison.Ordinal) == value.Replace("西安", "", StringComparison.Ordinal));
    }

    public static string? NameOf(string? code) => code is null ? null : All.FirstOrDefault(z => z.Code == code)?.Name;
}
