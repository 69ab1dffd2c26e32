using Kechuang.Platform.Codes;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Identity.Units;

/// <summary>What a unit's name and code must satisfy, for creation and renaming alike.</summary>
internal static class UnitRules
{
    public const int MaxNameLength = 100;

    public static Error? Check(UnitKind kind, string? name, string? code)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            return Error.Validation("unit-name", $"单位名称不能为空，且不超过 {MaxNameLength} 个字。");
        }
        var trimmed = code?.Trim();
        return kind switch
        {
            UnitKind.DistrictBureau when string.IsNullOrEmpty(trimmed) =>
                Error.Validation("unit-code-required", "区县科技局须填写 6 位行政区划代码（GB/T 2260）。"),
            UnitKind.DistrictBureau => RegionCode.Validate(trimmed),
            UnitKind.Enterprise when string.IsNullOrEmpty(trimmed) =>
                Error.Validation("unit-code-required", "企业须填写 18 位统一社会信用代码。"),
            UnitKind.Enterprise => Uscc.Validate(trimmed),
            _ when string.IsNullOrEmpty(trimmed) => null,
            _ when trimmed.Length == 6 => RegionCode.Validate(trimmed),
            _ when trimmed.Length == 18 => Uscc.Validate(trimmed),
            _ => Error.Validation("unit-code-format", "单位代码应为 6 位行政区划代码或 18 位统一社会信用代码，可不填。"),
        };
    }

    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
