namespace Kechuang.Modules.Registry.Imports;

/// <summary>导入方式: 仅校验 / 全部正确才导入 / 只导入正确的行.</summary>
public enum ImportMode
{
    CheckOnly,
    AllOrNothing,
    ValidRowsOnly,
}

public enum ImportBatchStatus
{
    Checked,
    Committed,
    Refused,
    RolledBack,
}

/// <summary>
/// One import of one file: who, when, the file's SHA-256, the mode and the counts. Records created by it carry its id
/// (<see cref="RegistryRecord.CreatedBatchId"/>); records it updated keep their previous values in
/// <see cref="ImportChange"/>, so the batch can be rolled back as a whole.
/// </summary>
public sealed class ImportBatch
{
    private ImportBatch()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The registry's key (<see cref="RegistryImport.Key"/>), e.g. "enterprises".</summary>
    public string Registry { get; private set; } = "";

    public string FileName { get; private set; } = "";
    public string FileHash { get; private set; } = "";
    public long FileSize { get; private set; }
    public ImportMode Mode { get; private set; }
    public ImportBatchStatus Status { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public int TotalRows { get; private set; }
    public int Inserted { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Rejected { get; private set; }

    /// <summary>The report file (original rows with an error column) under the imports folder, if one was written.</summary>
    public string? ReportFile { get; private set; }

    public DateTime? RolledBackAtUtc { get; private set; }
    public string? RolledBackBy { get; private set; }
    public string? Message { get; private set; }

    internal static ImportBatch Start(string registry, string fileName, string fileHash, long fileSize, ImportMode mode,
        Guid userId, string userName, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Registry = registry,
        FileName = fileName,
        FileHash = fileHash,
        FileSize = fileSize,
        Mode = mode,
        UserId = userId,
        UserName = userName,
        StartedAtUtc = nowUtc,
        Status = ImportBatchStatus.Checked,
    };

    internal void Finish(ImportBatchStatus status, ImportCounts counts, string? reportFile, string? message, DateTime nowUtc)
    {
        Status = status;
        TotalRows = counts.Total;
        Inserted = counts.Inserted;
        Updated = counts.Updated;
        Unchanged = counts.Unchanged;
        Rejected = counts.Rejected;
        ReportFile = reportFile;
        Message = message;
        FinishedAtUtc = nowUtc;
    }

    internal void RolledBack(string userName, DateTime nowUtc)
    {
        Status = ImportBatchStatus.RolledBack;
        RolledBackBy = userName;
        RolledBackAtUtc = nowUtc;
    }
}

public sealed record ImportCounts(int Total, int Inserted, int Updated, int Unchanged, int Rejected);

/// <summary>The state of a record before a batch updated it (JSON of its columns), for roll-back.</summary>
public sealed class ImportChange
{
    private ImportChange()
    {
    }

    internal ImportChange(Guid batchId, string table, Guid recordId, string previous)
    {
        Id = Guid.CreateVersion7();
        BatchId = batchId;
        Table = table;
        RecordId = recordId;
        Previous = previous;
    }

    public Guid Id { get; private set; }
    public Guid BatchId { get; private set; }
    public string Table { get; private set; } = "";
    public Guid RecordId { get; private set; }
    public string Previous { get; private set; } = "";
}
