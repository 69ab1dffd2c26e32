using System.Globalization;
using System.Reflection;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Imports.RollbackImport;

public sealed record ImportRolledBack(Guid BatchId, int Deleted, int Restored, string Message);

/// <summary>
/// Undoes a committed import as a whole, in one transaction: deletes the records it created and writes back the
/// previous state of those it updated. Refused when anything has touched those records since (a later batch or a
/// manual edit: their <see cref="RegistryRecord.LastBatchId"/> is no longer this batch) or when other records hang off
/// the ones it created — undoing it then would silently lose later work. Only the importer, or a user who sees all
/// data, may roll a batch back; to anyone else it does not exist.
/// </summary>
public sealed class RollbackImport(KechuangDbContext db, RegistryImports imports, AuditRecorder audit, TimeProvider clock)
{
    private static readonly MethodInfo TableMethod =
        typeof(RollbackImport).GetMethod(nameof(TableAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public async Task<Result<ImportRolledBack>> ExecuteAsync(Guid batchId, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var batch = await db.ImportBatches().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || (batch.UserId != user.UserId && !user.Scope.SeesEverything))
        {
            return Error.NotFound("import.batch-not-found", "未找到该导入批次。");
        }
        if (batch.Status != ImportBatchStatus.Committed)
        {
            return Error.Conflict("import.batch-not-committed",
                $"只有“已导入”的批次可以撤销，该批次{ImportLabels.Status(batch.Status)}。");
        }
        if (imports.Find(batch.Registry) is not { } import)
        {
            return Error.Conflict("import.registry-unknown", $"该批次所属的数据类别“{batch.Registry}”已不存在，无法撤销。");
        }

        audit.RecordEntityChanges = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var plans = new List<TablePlan>();
            foreach (var table in import.Tables)
            {
                plans.Add(await (Task<TablePlan>)TableMethod.MakeGenericMethod(table).Invoke(this, [batchId, false, cancellationToken])!);
            }
            var touched = plans.Sum(p => p.TouchedLater);
            if (touched > 0)
            {
                return Error.Conflict("import.batch-touched",
                    $"该批次导入的记录中有 {touched.ToString(CultureInfo.InvariantCulture)} 条之后又被修改（后续导入或手工编辑），不能整体撤销；请先撤销后续批次。");
            }
            if (await import.RollbackBlockerAsync(db, batchId, cancellationToken) is { } blocker)
            {
                return Error.Conflict("import.batch-referenced", blocker);
            }
            var deleted = 0;
            var restored = new List<Guid>();
            foreach (var table in import.Tables)
            {
                var done = await (Task<TablePlan>)TableMethod.MakeGenericMethod(table).Invoke(this, [batchId, true, cancellationToken])!;
                deleted += done.Deleted;
                restored.AddRange(done.Restored);
            }
            await import.RestoredAsync(db, restored, cancellationToken);
            await db.ImportChanges().Where(c => c.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);

            var now = clock.GetUtcNow().UtcDateTime;
            batch.RolledBack(user.UserName, now);
            var message = $"已撤销导入“{import.Title}”（{batch.FileName}）：删除新增记录 {deleted.ToString("N0", CultureInfo.InvariantCulture)} 条，" +
                $"恢复被更新记录 {restored.Count.ToString("N0", CultureInfo.InvariantCulture)} 条。";
            audit.Stage(new AuditRecord(AuditActions.Delete, nameof(ImportBatch), batch.Id.ToString(), AuditOutcome.Success, Detail: message));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportRolledBack(batch.Id, deleted, restored.Count, message);
        }
        finally
        {
            audit.RecordEntityChanges = true;
        }
    }

    private sealed record TablePlan(int TouchedLater, int Deleted, IReadOnlyList<Guid> Restored);

    private async Task<TablePlan> TableAsync<T>(Guid batchId, bool apply, CancellationToken cancellationToken)
        where T : RegistryRecord
    {
        var name = typeof(T).Name;
        var changes = db.ImportChanges().Where(c => c.BatchId == batchId && c.Table == name);
        if (!apply)
        {
            var touched = await db.Set<T>().CountAsync(r =>
                (r.CreatedBatchId == batchId || changes.Any(c => c.RecordId == r.Id)) && r.LastBatchId != batchId, cancellationToken);
            return new TablePlan(touched, 0, []);
        }
        var bulk = new BulkWriter(db);
        var deleted = await bulk.DeleteWhereAsync<T>(nameof(RegistryRecord.CreatedBatchId), batchId, cancellationToken);
        var snapshots = await changes.Select(c => new { c.RecordId, c.Previous }).ToListAsync(cancellationToken);
        await bulk.RestoreAsync<T>(snapshots.Select(s => s.Previous), cancellationToken);
        return new TablePlan(0, deleted, snapshots.Select(s => s.RecordId).ToList());
    }
}
