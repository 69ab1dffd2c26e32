using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kechuang.Modules.Registry.Contracts.ExportContracts;

/// <summary>The registries' exports as downloads (shared by the contracts and finance areas).</summary>
internal static class TableExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>At most this many rows per export: the workbook is built in memory; narrow the filter for more.</summary>
    public const int MaxRows = 100_000;

    public static Error TooMany(int cap) =>
        Error.Validation("export.too-many", $"符合条件的记录超过 {cap:N0} 条，请缩小筛选范围后分批导出。");

    public static decimal WanYuan(long fen) => fen / 1_000_000m;

    public static decimal? WanYuan(long? fen) => fen is { } f ? f / 1_000_000m : null;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes to a temporary file (a workbook is a zip whose directory comes last) and answers it as a download.</summary>
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
