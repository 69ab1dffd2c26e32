using Kechuang.Platform.Results;

namespace Kechuang.Platform.Codes;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character over the first 17.</summary>
public static class Uscc
{
    // GB 32100-2015 4.1: the 31 code characters (no I, O, Z, S, V) and, in 4.2 appendix B, the weights.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code) => Validate(code) is null;

    public static Error? Validate(string? code)
    {
        var value = code?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            return Error.Validation("uscc-length", $"统一社会信用代码应为 18 位，“{code}”为 {value.Length} 位。");
        }
        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return Error.Validation("uscc-character", $"统一社会信用代码“{code}”含有不允许的字符（不使用 I、O、Z、S、V）。");
        }
        if (CheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            return Error.Validation("uscc-check", $"统一社会信用代码“{code}”的校验码不正确，请核对。");
        }
        return null;
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("A USCC check character is computed over 17 characters.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a USCC character.", nameof(first17));
            }
            sum += index * Weights[i];
        }
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
