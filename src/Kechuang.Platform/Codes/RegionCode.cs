using Kechuang.Platform.Results;

namespace Kechuang.Platform.Codes;

/// <summary>行政区划代码 (GB/T 2260): six digits, the first two a province (11 北京 … 65 新疆, 71 台湾, 81/82 港澳).</summary>
public static class RegionCode
{
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ];

    public static bool IsValid(string? code) => Validate(code) is null;

    public static Error? Validate(string? code)
    {
        var value = code?.Trim() ?? "";
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            return Error.Validation("region-code-format", $"行政区划代码应为 6 位数字（GB/T 2260），“{code}”不符合。");
        }
        if (!Provinces.Contains(value[..2]))
        {
            return Error.Validation("region-code-province", $"行政区划代码“{code}”的前两位不是有效的省级代码。");
        }
        return null;
    }

    /// <summary>A well-formed code that is also in the GB/T 2260 table (<see cref="RegionCatalog"/>).</summary>
    public static Error? ValidateKnown(string? code)
    {
        if (Validate(code) is { } invalid)
        {
            return invalid;
        }
        return RegionCatalog.IsKnown(code)
            ? null
            : Error.Validation("region-code-unknown", $"行政区划代码“{code}”不在 GB/T 2260 代码表中。");
    }

    /// <summary>Parses a comma-separated list (中英文逗号、顿号 alike); the error names the first bad code.</summary>
    public static Result<IReadOnlyList<string>> ParseList(string? text)
    {
        var codes = (text ?? "")
            .Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var code in codes)
        {
            if (Validate(code) is { } error)
            {
                return error;
            }
        }
        return codes;
    }
}
