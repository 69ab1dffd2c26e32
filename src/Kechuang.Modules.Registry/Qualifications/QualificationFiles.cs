using System.Globalization;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Modules.Registry.Qualifications;

public sealed record QualificationExported(int Rows, string FileName);

/// <summary>What the qualification lists, exports and pages share: dates and regions as the templates write them,
/// today's date in Beijing, and the export's file, audit entry and HTTP answer.</summary>
internal static class QualificationFiles
{
    public const int MaxExportRows = 100_000;
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The region filter's choices on the pages: the city and its districts (GB/T 2260).</summary>
    public static readonly IReadOnlyList<string> RegionChoices =
        ["610100", "610102", "610103", "610104", "610111", "610112", "610113", "610114", "610115", "610116", "610117", "610118", "610122", "610124"];

    /// <summary>A query string of the non-empty values, for the pages' 导出 links.</summary>
    public static string Query(params (string Name, string? Value)[] values) =>
        string.Join("&", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? day) => day is { } d ? Date(d) : null;

    public static string RegionName(string? code) => code is null ? "" : RegionCatalog.NameOf(code) ?? code;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + BeijingTime.Offset);

    /// <summary>Parses an optional yyyy-MM-dd query value; a bad one is a validation error, not a silent default.</summary>
    public static Result<DateOnly?> ParseDay(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DateOnly?)null;
        }
        var parsed = SheetValues.ParseDate(text);
        return parsed.IsSuccess ? parsed.Value : Error.Validation("registry.bad-date", $"{name}“{text}”不是有效日期，请写成 yyyy-MM-dd。");
    }

    public static async Task<Result<QualificationExported>> WriteAsync(Stream output, IAuditTrail audit, string entity, string title,
        IReadOnlyList<string> headers, int total, IEnumerable<IReadOnlyList<object?>> rows, string detail,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (total > MaxExportRows)
        {
            return Error.Validation("registry.export-too-many",
                $"符合条件的记录超过单次导出上限 {MaxExportRows.ToString(CultureInfo.InvariantCulture)} 条，请增加筛选条件后分批导出。");
        }
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows, title, ct: cancellationToken);
        var fileName = $"{title}-{today:yyyyMMdd}.xlsx";
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, entity, null, AuditOutcome.Success,
            Detail: $"导出{title} {total.ToString(CultureInfo.InvariantCulture)} 条（{detail}）"), cancellationToken);
        return new QualificationExported(total, fileName);
    }

    /// <summary>Runs an export into a temporary file (an .xlsx is a zip whose directory comes last) and answers it.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> AnswerAsync(
        Func<Stream, Task<Result<QualificationExported>>> export)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var result = await export(file);
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
