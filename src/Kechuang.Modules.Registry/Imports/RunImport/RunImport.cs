using System.Globalization;
using System.Security.Cryptography;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Imports.RunImport;

/// <summary>A file on disk to import, under the name the user gave it.</summary>
public sealed record ImportSource(string FileName, string Path);

public sealed record ImportRowError(int Row, string Message);

public sealed record ImportResult(
    Guid BatchId,
    string Registry,
    ImportMode Mode,
    ImportBatchStatus Status,
    ImportCounts Counts,
    IReadOnlyList<ImportRowError> Errors,
    bool HasReport,
    string Message);

/// <summary>
/// Imports one file into one registry. Reads it as a stream, validates every row and field, refuses duplicate keys
/// within the file, and stores valid rows chunk by chunk through the registry's bulk store, all in one transaction:
/// <list type="bullet">
/// <item>仅校验 (check only) writes nothing but the batch record;</item>
/// <item>全部正确才导入 (all or nothing) rolls everything back if any row is wrong;</item>
/// <item>只导入正确的行 (valid rows only) commits the good rows and reports the rest.</item>
/// </list>
/// When rows were rejected, a report is written: the original rows with an error column, in the file's format.
/// Entity-change auditing is off for the bulk write; one summary entry records the batch (same transaction).
/// </summary>
public sealed class RunImport(KechuangDbContext db, AuditRecorder audit, TimeProvider clock, ImportOptions options)
{
    /// <summary>The first errors returned inline; the report file has all of them.</summary>
    public const int InlineErrors = 200;

    public async Task<Result<ImportResult>> ExecuteAsync(RegistryImport import, ImportSource source, ImportMode mode,
        CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(user);
        if (TableFormats.FromFileName(source.FileName) is not { } format)
        {
            return Error.Unsupported("import.format", $"不支持的文件类型“{Path.GetExtension(source.FileName)}”，请上传 .xlsx 或 .csv 文件（可下载模板填写）。");
        }
        var size = new FileInfo(source.Path).Length;
        if (size > options.MaxFileBytes)
        {
            return Error.TooLarge("import.too-large",
                $"文件超过大小上限（{options.MaxFileBytes / 1024.0 / 1024.0:0.#} MB），请拆分后分批导入。");
        }
        if (size == 0)
        {
            return Error.Validation("import.empty", "文件为空，请选择包含数据的文件。");
        }
        var hash = await HashAsync(source.Path, cancellationToken);

        await using var stream = File.OpenRead(source.Path);
        var opened = TableReader.Open(stream, format, import.Fields.Select(f => f.ToColumn()).ToList());
        if (!opened.IsSuccess)
        {
            return Error.Validation(opened.Error.Code, $"“{source.FileName}”不是“{import.Title}”导入模板：{opened.Error.Message}");
        }
        using var reader = opened.Value;

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = ImportBatch.Start(import.Key, source.FileName, hash, size, mode, user.UserId, user.UserName, now);
        var owners = await RegionOwners.LoadAsync(db, cancellationToken);
        var store = new ImportStore(db, owners, batch.Id, user.UserId, now) { Write = mode != ImportMode.CheckOnly };
        var run = import.Begin(store);

        audit.RecordEntityChanges = false;
        await using var largeWrite = await BulkWriter.LargeWriteAsync(db, cancellationToken);
        try
        {
            return await RunAsync(import, source, mode, format, reader, batch, store, run, hash, cancellationToken);
        }
        finally
        {
            audit.RecordEntityChanges = true;
        }
    }

    private async Task<Result<ImportResult>> RunAsync(RegistryImport import, ImportSource source, ImportMode mode,
        TableFormat format, TableReader reader, ImportBatch batch, ImportStore store, ImportRun run, string hash,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var errors = new SortedDictionary<int, string>();
        var keys = new Dictionary<ulong, int>();
        int total = 0, inserted = 0, updated = 0, unchanged = 0;

        async Task FlushAsync()
        {
            store.Write = mode == ImportMode.ValidRowsOnly || (mode == ImportMode.AllOrNothing && errors.Count == 0);
            foreach (var (row, outcome, error) in await run.FlushAsync(cancellationToken))
            {
                switch (outcome)
                {
                    case RowOutcome.Inserted: inserted++; break;
                    case RowOutcome.Updated: updated++; break;
                    case RowOutcome.Unchanged: unchanged++; break;
                    default: errors[row] = error ?? "未能保存。"; break;
                }
            }
        }

        foreach (var row in reader.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            total++;
            var fields = RowFields.FromTable(import.Fields, reader, row);
            var key = run.Accept(fields);
            if (key is null)
            {
                errors[row.RowNumber] = string.Join("；", fields.Errors);
                continue;
            }
            if (!keys.TryAdd(KeyHash(key), row.RowNumber))
            {
                errors[row.RowNumber] = $"与第 {keys[KeyHash(key)].ToString(CultureInfo.InvariantCulture)} 行重复（{key}），同一文件中同一记录只能出现一次。";
                run.DropLast();
                continue;
            }
            if (run.Buffered >= options.ChunkSize)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();

        var rejected = errors.Count;
        var status = mode switch
        {
            ImportMode.CheckOnly => ImportBatchStatus.Checked,
            ImportMode.AllOrNothing when rejected > 0 => ImportBatchStatus.Refused,
            _ => ImportBatchStatus.Committed,
        };
        var committed = status == ImportBatchStatus.Committed;
        if (!committed)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        var counts = committed || mode == ImportMode.CheckOnly
            ? new ImportCounts(total, inserted, updated, unchanged, rejected)
            : new ImportCounts(total, 0, 0, 0, rejected);
        string? reportFile = null;
        if (rejected > 0)
        {
            reportFile = await WriteReportAsync(batch.Id, source, format, reader, errors, cancellationToken);
        }
        var message = Describe(import, mode, status, counts, total - rejected);
        batch.Finish(status, counts, reportFile, message, clock.GetUtcNow().UtcDateTime);
        db.ImportBatches().Add(batch);
        audit.Stage(new AuditRecord(AuditActions.Create, nameof(ImportBatch), batch.Id.ToString(),
            status is ImportBatchStatus.Refused ? AuditOutcome.Failure : AuditOutcome.Success,
            Detail: $"导入“{import.Title}”：{source.FileName}（SHA-256 {hash[..16]}…），{message}"));
        await db.SaveChangesAsync(cancellationToken);
        if (committed)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportResult(batch.Id, import.Key, mode, status, counts,
            errors.Take(InlineErrors).Select(e => new ImportRowError(e.Key, e.Value)).ToList(), reportFile is not null, message);
    }

    internal static string Describe(RegistryImport import, ImportMode mode, ImportBatchStatus status, ImportCounts counts, int valid)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        return status switch
        {
            ImportBatchStatus.Checked => $"校验完成：共 {N(counts.Total)} 行，正确 {N(valid)} 行（将新增 {N(counts.Inserted)}、更新 {N(counts.Updated)}、无变化 {N(counts.Unchanged)}），错误 {N(counts.Rejected)} 行；未写入任何数据。",
            ImportBatchStatus.Refused => $"未导入：共 {N(counts.Total)} 行，其中 {N(counts.Rejected)} 行有错误；“全部正确才导入”方式下没有写入任何数据，请按报告修改后重新导入。",
            _ => $"已导入：共 {N(counts.Total)} 行，新增 {N(counts.Inserted)}、更新 {N(counts.Updated)}、无变化 {N(counts.Unchanged)}" +
                (counts.Rejected > 0 ? $"，{N(counts.Rejected)} 行有错误未导入。" : "。"),
        };
    }

    /// <summary>FNV-1a over the key's characters: 64 bits keep a million keys' duplicate check small and collision-free in practice.</summary>
    private static ulong KeyHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken)).ToLowerInvariant();
    }

    /// <summary>The original rows (header included) with 导入结果 and 错误说明 columns, re-read from the file.</summary>
    private async Task<string> WriteReportAsync(Guid batchId, ImportSource source, TableFormat format, TableReader original,
        IReadOnlyDictionary<int, string> errors, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Folder);
        var name = $"{batchId:N}-report{(format == TableFormat.Csv ? ".csv" : ".xlsx")}";
        var headers = original.SourceHeaders.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"列{i + 1}" : h)
            .Concat(["导入结果", "错误说明"]).ToList();
        headers = Unique(headers);
        await using var input = File.OpenRead(source.Path);
        var reread = TableReader.Open(input, format, [.. original.SourceHeaders.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => new TableColumn(h))]);
        if (!reread.IsSuccess)
        {
            throw new InvalidOperationException($"The file read once no longer opens: {reread.Error.Message}");
        }
        using var again = reread.Value;
        await using var output = File.Create(Path.Combine(options.Folder, name));
        var width = original.SourceHeaders.Count;
        var rows = again.Rows().Select(r =>
            {
                var cells = new object?[width + 2];
                for (var i = 0; i < width && i < r.Cells.Count; i++)
                {
                    cells[i] = r.Cells[i];
                }
                var failed = errors.TryGetValue(r.RowNumber, out var error);
                cells[width] = failed ? "错误" : "正确";
                cells[width + 1] = error;
                return (IReadOnlyList<object?>)cells;
            });
        await TableWriter.WriteAsync(output, format, headers, rows, "导入结果", null, cancellationToken);
        return name;
    }

    private static List<string> Unique(List<string> headers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return headers.Select(h =>
        {
            var name = h;
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{h}({n})";
            }
            return name;
        }).ToList();
    }
}
