using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Modules.Registry.Platforms;

/// <summary>Filters and downloads shared by the platform, talent and activity registries.</summary>
internal static class ListingHelpers
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Records in the region or below it (610100 keeps every district of 西安市).</summary>
    public static IQueryable<T> WithinRegion<T>(this IQueryable<T> query, string? region)
        where T : RegistryRecord
    {
        if (string.IsNullOrEmpty(region))
        {
            return query;
        }
        var prefix = DataScopeQueries.SignificantPrefix(region);
        return query.Where(r => r.RegionCode != null && r.RegionCode.StartsWith(prefix));
    }

    public static Error? ValidateRegion(string? region) =>
        string.IsNullOrEmpty(region) ? null : RegionCode.Validate(region);

    /// <summary>A filter value given as a label or identifier (“众创空间” or “Makerspace”); empty means no filter.</summary>
    public static Result<T?> Choice<T>(IReadOnlyDictionary<T, string> labels, string? text, string name)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (T?)null;
        }
        return RegistryLabels.Parse(labels, text.Trim()) is { } value
            ? (T?)value
            : Error.Validation("filter", $"{name}“{text}”不是可选值，应为：{RegistryLabels.Choices(labels)}。");
    }

    /// <summary>“创新平台载体-20261202.xlsx”, dated in Beijing time.</summary>
    public static string FileName(string title, TimeProvider clock) =>
        $"{title}-{clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}.xlsx";

    public static Error? ValidateYear(int? year) => year is null or (>= 1949 and <= 2100)
        ? null
        : Error.Validation("filter-year", $"年度“{year}”超出范围，应在 1949～2100 之间。");

    /// <summary>1 January of the year and of the next, or null for a year no date can hold.</summary>
    public static (DateOnly From, DateOnly To)? YearRange(int year) =>
        year is >= 1 and < 9999 ? (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)) : null;

    public static string RegionName(string? code) => code is null ? "" : RegionCatalog.NameOf(code) ?? code;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Writes a workbook to a temporary file (a zip's directory is written last) and answers it as a download.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Func<Stream, Task<Result<ExportedFile>>> write)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var result = await write(file);
            if (!result.IsSuccess)
            {
                await file.DisposeAsync();
                return result.Error.ToProblem();
            }
            file.Position = 0;
            return TypedResults.File(file, XlsxContentType, result.Value.FileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}

/// <summary>What a create or edit form gets back: the saved record, or the errors per field, or one error.</summary>
public sealed record FormOutcome(Guid? Id, int Version, IReadOnlyList<FieldError> FieldErrors, Error? Error)
{
    public bool IsSuccess => Id is not null;

    public static FormOutcome Saved(Guid id, int version) => new(id, version, [], null);

    public static FormOutcome Invalid(IReadOnlyList<FieldError> errors) =>
        new(null, 0, errors, Platform.Results.Error.Validation("form-invalid", string.Join("；", errors)));

    public static FormOutcome Failed(Error error) => new(null, 0, [], error);

    public Results<Ok<SavedRecord>, ValidationProblem, ProblemHttpResult> ToHttpResult()
    {
        if (IsSuccess)
        {
            return TypedResults.Ok(new SavedRecord(Id!.Value, Version));
        }
        if (FieldErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                FieldErrors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                detail: Error!.Message, title: "填写内容有误");
        }
        return Error!.ToProblem();
    }
}

public sealed record SavedRecord(Guid Id, int Version);

/// <summary>A form as the API takes it: values keyed by the import template's headers, and the version being edited.</summary>
public sealed record RecordForm(Dictionary<string, string?>? Values, int? Version = null);


/// <summary>The region filter of the list pages: a code or a name (雁塔区) typed by the user; and the export links' query strings.</summary>
public static class RegionFilter
{
    public static Result<string?> Resolve(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return (string?)null;
        }
        if (value.All(char.IsAsciiDigit))
        {
            return RegionCode.Validate(value) is { } error ? error : value;
        }
        var region = RegionCatalog.FindByName(value, "610100") ?? RegionCatalog.FindByName(value);
        return region is null
            ? Error.Validation("region-unknown", $"“{value}”不是可识别的行政区划名称，请填写 6 位行政区划代码（如 610113 雁塔区）。")
            : region.Code;
    }

    public static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join("&", parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
