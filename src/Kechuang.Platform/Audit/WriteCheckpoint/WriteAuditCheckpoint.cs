using System.Globalization;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Audit.WriteCheckpoint;

public sealed record AuditCheckpointWritten(string Path, AuditCheckpoint Checkpoint);

/// <summary>
/// Writes the chain's head to a small JSON file (one per checkpoint, named by UTC time) and records an
/// <c>audit.checkpoint</c> entry naming it. Copy the folder somewhere the database's administrators cannot write.
/// </summary>
public sealed class WriteAuditCheckpoint(KechuangDbContext db, IAuditTrail audit, AuditOptions options, TimeProvider clock)
{
    /// <param name="folder">Overrides <c>Audit:CheckpointFolder</c>.</param>
    public async Task<Result<AuditCheckpointWritten>> ExecuteAsync(string? folder, CancellationToken cancellationToken)
    {
        var target = string.IsNullOrWhiteSpace(folder)
            ? options.CheckpointFolder
            : AuditOptions.ResolveFolder(folder, Directory.GetCurrentDirectory());
        var entries = db.Set<AuditEntry>().AsNoTracking();
        var head = await entries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return Error.Conflict("audit.empty", "审计链为空，暂无可存证的记录。");
        }
        var count = await entries.LongCountAsync(e => e.Sequence <= head.Sequence, cancellationToken);
        var now = AuditHashing.Normalize(clock.GetUtcNow().UtcDateTime);
        var checkpoint = new AuditCheckpoint(AuditCheckpoint.CurrentFormat, head.Sequence, head.Hash, now, count);
        try
        {
            Directory.CreateDirectory(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Error.Validation("audit.checkpoint-folder", $"无法创建存证目录 {target}：{e.Message}");
        }
        var path = Path.Combine(target, $"audit-checkpoint-{now.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}.json");
        // CreateNew: a checkpoint file is never overwritten.
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(checkpoint.ToJson());
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.Checkpoint, nameof(AuditEntry),
            head.Sequence.ToString(CultureInfo.InvariantCulture), AuditOutcome.Success,
            Detail: $"存证第 {head.Sequence.ToString(CultureInfo.InvariantCulture)} 条（共 {count.ToString(CultureInfo.InvariantCulture)} 条），哈希 {head.Hash}，文件 {Path.GetFileName(path)}"),
            cancellationToken);
        return new AuditCheckpointWritten(path, checkpoint);
    }
}
