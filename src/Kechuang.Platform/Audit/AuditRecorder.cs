using System.Text.Encodings.Web;
using System.Text.Json;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kechuang.Platform.Audit;

/// <summary>
/// Scoped: holds the records staged in this scope and, when the context saves, chains them (with the entity
/// changes of that save) onto the trail inside the same transaction. See docs/adr/0005-audit-trail-in-the-write-transaction.md.
/// </summary>
public sealed class AuditRecorder(IAuditActorSource actors, TimeProvider clock)
{
    /// <summary>PostgreSQL advisory lock key that serialises appends to the chain across processes.</summary>
    internal const long ChainLockKey = 0x4B43_4155_4449_5401;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly List<AuditRecord> _staged = [];

    /// <summary>Turned off for a bulk path that records one summary entry itself instead of one per row.</summary>
    public bool RecordEntityChanges { get; set; } = true;

    public void Stage(AuditRecord record) => _staged.Add(record);

    internal bool HasStaged => _staged.Count > 0;

    /// <summary>Collects this save's records; null when there is nothing to audit.</summary>
    internal List<AuditRecord>? Collect(KechuangDbContext db)
    {
        var records = RecordEntityChanges ? EntityChangeAudit.Collect(db.ChangeTracker) : [];
        records.AddRange(_staged);
        return records.Count == 0 ? null : records;
    }

    internal void Committed() => _staged.Clear();

    /// <summary>Inside the caller's transaction: takes the chain lock, reads the head and adds the chained rows.</summary>
    internal async Task<List<AuditEntry>> AppendAsync(KechuangDbContext db, List<AuditRecord> records, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        var (sequence, previous) = await ReadHeadAsync(db, cancellationToken);
        var now = AuditHashing.Normalize(clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>(records.Count);
        foreach (var record in records)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                OccurredAtUtc = now,
                UserId = record.UserId ?? actor.UserId,
                UserName = record.UserName ?? actor.UserName,
                UnitId = record.UserId is null ? actor.UnitId : null,
                UnitName = record.UserId is null ? actor.UnitName : null,
                ClientIp = actor.ClientIp,
                Action = record.Action,
                TargetType = record.TargetType,
                TargetId = record.TargetId,
                Outcome = record.Outcome,
                Changes = record.Changes is { Count: > 0 } changes ? JsonSerializer.Serialize(changes, Json) : null,
                Detail = record.Detail,
                PreviousHash = previous,
            };
            entry.Hash = AuditHashing.Hash(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }
        db.Set<AuditEntry>().AddRange(entries);
        return entries;
    }

    /// <summary>
    /// Takes the chain lock and reads the head in one round trip, on the save's own connection and transaction
    /// (plain ADO.NET: this runs on every audited save, and the LINQ pipeline cost a fifth of a small write).
    /// On PostgreSQL the advisory lock is held to commit; on SQLite the write transaction (BEGIN IMMEDIATE)
    /// already holds the database's only write lock.
    /// </summary>
    private static async Task<(long Sequence, string Hash)> ReadHeadAsync(KechuangDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        const string head = "SELECT \"Sequence\", \"Hash\" FROM sys_audit_entries ORDER BY \"Sequence\" DESC LIMIT 1";
        command.CommandText = db.Provider == DatabaseProvider.Postgres
            ? $"SELECT pg_advisory_xact_lock({ChainLockKey}); {head}"
            : head;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await reader.NextResultAsync(cancellationToken);
        }
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetString(1).Trim())
            : (0, AuditHashing.Genesis);
    }
}

/// <summary>The <see cref="IAuditTrail"/> of a scope.</summary>
internal sealed class AuditTrail(AuditRecorder recorder, KechuangDbContext db) : IAuditTrail
{
    public void Stage(AuditRecord record) => recorder.Stage(record);

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        recorder.Stage(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
