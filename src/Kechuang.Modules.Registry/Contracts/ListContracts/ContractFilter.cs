using System.Globalization;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;

namespace Kechuang.Modules.Registry.Contracts.ListContracts;

/// <summary>Which party must lie in the filtered region: 卖方在本地区 (技术输出) or 买方在本地区 (技术吸纳).</summary>
public enum ContractDirection
{
    Seller,
    Buyer,
}

/// <summary>
/// The contracts list's filter, shared by the list, its summary and the export, so the summary and the export show
/// exactly the listed rows. Built from query-string text (<see cref="Parse"/>) and written back (<see cref="ToQuery"/>).
/// </summary>
public sealed record ContractFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    ContractType? Type = null,
    string? RegionCode = null,
    ContractDirection Direction = ContractDirection.Seller,
    TechField? Field = null,
    long? MinAmountFen = null,
    long? MaxAmountFen = null,
    string? Search = null)
{
    public static Result<ContractFilter> Parse(string? from, string? to, string? type, string? region, string? direction,
        string? field, string? minAmount, string? maxAmount, string? q)
    {
        var errors = new List<string>();
        var filter = new ContractFilter(
            Date(from, "起始日期", errors),
            Date(to, "截止日期", errors),
            Choice(type, RegistryLabels.ContractTypes, "合同类型", errors),
            Region(region, errors),
            SheetValues.Clean(direction) switch
            {
                null or "seller" or "Seller" or "输出" => ContractDirection.Seller,
                "buyer" or "Buyer" or "吸纳" => ContractDirection.Buyer,
                var other => Fail(ContractDirection.Seller, $"方向“{other}”应为 seller（卖方在本地区）或 buyer（买方在本地区）。", errors),
            },
            Choice(field, RegistryLabels.TechFields, "技术领域", errors),
            Amount(minAmount, "最低成交额", errors),
            Amount(maxAmount, "最高成交额", errors),
            SheetValues.Clean(q));
        return errors.Count == 0 ? filter : Error.Validation("contracts.filter", string.Join("；", errors));
    }

    public string ToQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("type", Type?.ToString());
        Add("region", RegionCode);
        Add("direction", RegionCode is null ? null : Direction.ToString().ToLowerInvariant());
        Add("field", Field?.ToString());
        Add("minAmount", MinAmountFen is { } min ? AmountText(min) : null);
        Add("maxAmount", MaxAmountFen is { } max ? AmountText(max) : null);
        Add("q", Search);
        return string.Join('&', parts);
    }

    /// <summary>An amount as the filter and the import read it: 万元 without a unit.</summary>
    public static string AmountText(long fen) => (fen / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture);

    private static T Fail<T>(T value, string message, List<string> errors)
    {
        errors.Add(message);
        return value;
    }

    private static DateOnly? Date(string? text, string label, List<string> errors)
    {
        if (SheetValues.Clean(text) is not { } value)
        {
            return null;
        }
        var parsed = SheetValues.ParseDate(value);
        return parsed.IsSuccess ? parsed.Value : Fail<DateOnly?>(null, $"{label}：{parsed.Error.Message}", errors);
    }

    private static T? Choice<T>(string? text, IReadOnlyDictionary<T, string> labels, string label, List<string> errors)
        where T : struct, Enum
    {
        if (SheetValues.Clean(text) is not { } value)
        {
            return null;
        }
        return RegistryLabels.Parse(labels, value) ?? Fail<T?>(null, $"{label}“{value}”应为：{RegistryLabels.Choices(labels)}。", errors);
    }

    private static string? Region(string? text, List<string> errors)
    {
        if (SheetValues.Clean(text) is not { } value)
        {
            return null;
        }
        if (value.Length == 6 && value.All(char.IsAsciiDigit))
        {
            return value;
        }
        return RegionCatalog.FindByName(value, "610100")?.Code ?? RegionCatalog.FindByName(value)?.Code
            ?? Fail<string?>(null, $"地区“{value}”无法识别，请填写 6 位行政区划代码。", errors);
    }

    private static long? Amount(string? text, string label, List<string> errors)
    {
        if (SheetValues.Clean(text) is not { } value)
        {
            return null;
        }
        var parsed = SheetValues.ParseMoneyFen(value, MoneyUnit.TenThousandYuan);
        return parsed.IsSuccess ? parsed.Value : Fail<long?>(null, $"{label}：{parsed.Error.Message}", errors);
    }
}
