using Kechuang.Platform.Results;

namespace Kechuang.Platform.Codes;

/// <summary>
/// 国民经济行业分类代码 (GB/T 4754-2017): a section letter A–T and a 2-digit division, optionally followed by the group
/// and class digits (C39, C391, C3911). The letter is derived from the division when only digits are given, and a
/// letter that contradicts the division is refused.
/// </summary>
public static class IndustryCode
{
    // GB/T 4754-2017 门类 → 大类 ranges.
    private static readonly (char Section, int From, int To)[] Sections =
    [
        ('A', 1, 5), ('B', 6, 12), ('C', 13, 43), ('D', 44, 46), ('E', 47, 50), ('F', 51, 52), ('G', 53, 60),
        ('H', 61, 62), ('I', 63, 65), ('J', 66, 69), ('K', 70, 70), ('L', 71, 72), ('M', 73, 75), ('N', 76, 79),
        ('O', 80, 82), ('P', 83, 83), ('Q', 84, 85), ('R', 86, 90), ('S', 91, 97), ('T', 98, 98),
    ];

    /// <summary>The code in its canonical form (section letter + digits), or an error naming what is wrong.</summary>
    public static Result<string> Normalize(string? text)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        var letter = value.Length > 0 && char.IsAsciiLetter(value[0]) ? value[0] : (char?)null;
        var digits = letter is null ? value : value[1..];
        if (digits.Length is < 2 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            return Error.Validation("industry-code-format", $"国民经济行业代码“{text}”格式不对，应为门类字母加 2～4 位数字（GB/T 4754-2017，如 I6513、C3911）。");
        }
        var division = int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
        var section = Sections.FirstOrDefault(s => division >= s.From && division <= s.To).Section;
        if (section == default)
        {
            return Error.Validation("industry-code-division", $"国民经济行业代码“{text}”的大类“{digits[..2]}”不存在（GB/T 4754-2017 大类为 01～98）。");
        }
        if (letter is { } given && given != section)
        {
            return Error.Validation("industry-code-section", $"国民经济行业代码“{text}”的门类应为 {section}（大类 {digits[..2]} 属于门类 {section}）。");
        }
        return section + digits;
    }
}
