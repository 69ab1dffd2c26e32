using System.Globalization;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Codes;

/// <summary>公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check digit (ISO 7064 MOD 11-2).</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    public static Error? Validate(string? number)
    {
        var value = Normalize(number ?? "");
        if (value.Length != 18 || !value.AsSpan(0, 17).ToString().All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return Error.Validation("id-card-format", "身份证号应为 18 位：前 17 位为数字，最后一位为数字或 X。");
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) ||
            birth.Year < 1900)
        {
            return Error.Validation("id-card-birth", "身份证号中的出生日期无效，请核对。");
        }
        if (CheckDigit(value.AsSpan(0, 17)) != value[17])
        {
            return Error.Validation("id-card-check", "身份证号校验码不正确，请核对。");
        }
        return null;
    }

    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("The check digit is computed over 17 digits.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckDigits[sum % 11];
    }
}
