using Kechuang.Platform.Results;

namespace Kechuang.Platform.Codes;

/// <summary>中国大陆手机号: 11 digits starting with 1 (an optional +86 or 86 prefix and spaces or hyphens are dropped).</summary>
public static class MobileNumber
{
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var digits = new string(value.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        return digits;
    }

    public static Error? Validate(string? number)
    {
        var value = Normalize(number ?? "");
        return value.Length == 11 && value[0] == '1' && value.All(char.IsAsciiDigit)
            ? null
            : Error.Validation("mobile-format", "手机号应为以 1 开头的 11 位数字。");
    }
}
