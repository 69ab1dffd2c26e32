namespace Kechuang.Platform.Codes;

public enum RegionLevel
{
    Province,
    Prefecture,
    County,
}

/// <summary>One entry of the GB/T 2260 code table (省级、地级、县级).</summary>
public sealed record Region(string Code, string Name, string? ParentCode, RegionLevel Level);
