using System.Globalization;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.Registry.Imports;

/// <summary>A column of a registry's template: its header, whether it must be filled, and what to write in it.</summary>
public sealed record ImportField(string Header, bool Required, string Hint, string Example, IReadOnlyList<string>? Aliases = null)
{
    public TableColumn ToColumn() => new(Header, Required, Aliases);
}

public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"【{Field}】{Message}";
}

/// <summary>
/// One row's values by field, read from an import file or a form, with every field's errors collected (not just the
/// first), so the import report and the form say everything that is wrong at once. The same parsing serves both:
/// the form accepts exactly what the import accepts.
/// </summary>
public sealed class RowFields
{
    private readonly IReadOnlyList<ImportField> _fields;
    private readonly Func<int, string?> _raw;

    private RowFields(IReadOnlyList<ImportField> fields, int rowNumber, Func<int, string?> raw)
    {
        _fields = fields;
        RowNumber = rowNumber;
        _raw = raw;
    }

    public int RowNumber { get; }
    public List<FieldError> Errors { get; } = [];
    public bool IsValid => Errors.Count == 0;

    /// <summary>The default city for names without a code (雁塔区 → 610113): where the bureau is.</summary>
    public string DefaultCityCode { get; init; } = "610100";

    public static RowFields FromTable(IReadOnlyList<ImportField> fields, TableReader reader, TableRow row) =>
        new(fields, row.RowNumber, i => reader.Cell(row, i));

    /// <summary>Values keyed by the field's header, as a form posts them.</summary>
    public static RowFields FromValues(IReadOnlyList<ImportField> fields, IReadOnlyDictionary<string, string?> byHeader) =>
        new(fields, 0, i => byHeader.TryGetValue(fields[i].Header, out var value) ? value : null);

    public string? Text(int field, int maxLength = 200)
    {
        var value = SheetValues.Clean(_raw(field));
        if (value is null)
        {
            if (_fields[field].Required)
            {
                Fail(field, "必填，不能为空。");
            }
            return null;
        }
        if (value.Length > maxLength)
        {
            Fail(field, $"不能超过 {maxLength} 个字符（现为 {value.Length} 个）。");
            return null;
        }
        return value;
    }

    public string? Uscc(int field)
    {
        var value = Text(field, 40)?.ToUpperInvariant();
        if (value is null)
        {
            return null;
        }
        if (Platform.Codes.Uscc.Validate(value) is { } error)
        {
            Fail(field, error.Message);
            return null;
        }
        return value;
    }

    /// <summary>A GB/T 2260 code, or a region name resolved to one (雁塔区, 陕西省西安市雁塔区).</summary>
    public string? Region(int field)
    {
        var value = Text(field, 60);
        if (value is null)
        {
            return null;
        }
        if (value.All(char.IsAsciiDigit))
        {
            if (RegionCode.Validate(value) is { } error)
            {
                Fail(field, error.Message);
                return null;
            }
            if (!RegionCatalog.IsKnown(value))
            {
                Fail(field, $"行政区划代码“{value}”不在 GB/T 2260 代码表中。");
                return null;
            }
            return value;
        }
        var byName = RegionCatalog.FindByName(value, DefaultCityCode) ?? RegionCatalog.FindByName(value);
        if (byName is null)
        {
            Fail(field, $"“{value}”不是可识别的行政区划名称，请填写 6 位行政区划代码（如 610113 雁塔区）。");
            return null;
        }
        return byName.Code;
    }

    public DateOnly? Date(int field)
    {
        var value = Text(field, 40);
        if (value is null)
        {
            return null;
        }
        var parsed = SheetValues.ParseDate(value);
        if (!parsed.IsSuccess)
        {
            Fail(field, parsed.Error.Message);
            return null;
        }
        return parsed.Value;
    }

    public long? Money(int field, MoneyUnit defaultUnit)
    {
        var value = Text(field, 40);
        if (value is null)
        {
            return null;
        }
        var parsed = SheetValues.ParseMoneyFen(value, defaultUnit);
        if (!parsed.IsSuccess)
        {
            Fail(field, parsed.Error.Message);
            return null;
        }
        return parsed.Value;
    }

    public int? Int(int field, int min = 0, int max = int.MaxValue)
    {
        var value = Text(field, 20);
        if (value is null)
        {
            return null;
        }
        var parsed = SheetValues.ParseInt(value);
        if (!parsed.IsSuccess)
        {
            Fail(field, parsed.Error.Message);
            return null;
        }
        if (parsed.Value < min || parsed.Value > max)
        {
            Fail(field, $"应在 {min.ToString(CultureInfo.InvariantCulture)}～{max.ToString(CultureInfo.InvariantCulture)} 之间，“{value}”超出范围。");
            return null;
        }
        return parsed.Value;
    }

    public int? Year(int field) => Int(field, 1949, 2100);

    public bool? Bool(int field)
    {
        var value = Text(field, 10);
        if (value is null)
        {
            return null;
        }
        var parsed = SheetValues.ParseBool(value);
        if (!parsed.IsSuccess)
        {
            Fail(field, parsed.Error.Message);
            return null;
        }
        return parsed.Value;
    }

    public T? Choice<T>(int field, IReadOnlyDictionary<T, string> labels)
        where T : struct, Enum
    {
        var value = Text(field, 40);
        if (value is null)
        {
            return null;
        }
        if (RegistryLabels.Parse(labels, value) is { } parsed)
        {
            return parsed;
        }
        Fail(field, $"“{value}”不是可选值，应为：{RegistryLabels.Choices(labels)}。");
        return null;
    }

    public string? OneOf(int field, IReadOnlyList<string> choices)
    {
        var value = Text(field, 40);
        if (value is null || choices.Contains(value))
        {
            return value;
        }
        Fail(field, $"“{value}”不是可选值，应为：{string.Join("、", choices)}。");
        return null;
    }

    public void Fail(int field, string message) => Errors.Add(new FieldError(_fields[field].Header, message));

    /// <summary>A rule across fields (e.g. 技术交易额 ≤ 成交额), reported on the field it names.</summary>
    public void Require(bool condition, int field, string message)
    {
        if (!condition)
        {
            Fail(field, message);
        }
    }
}
