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

    /// <summary>Inside the save's transaction: takes the chain lock, reads the head and chains the entries (not yet written).</summary>
    internal async Task<List<AuditEntry>> ChainAsync(KechuangDbContext db, List<AuditRecord> records, CancellationToken cancellationToken)
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
        return entries;
    }

    /// <summary>
    /// Writes the chained entries after the business rows, in the same transaction, as one prepared INSERT
    /// (plain ADO.NET, like the head read: the change tracker added a fifth to a small write).
    /// Values are bound in the forms EF uses for the same columns, so the rows read back identically.
    /// </summary>
    internal static async Task InsertAsync(KechuangDbContext db, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var postgres = db.Provider == DatabaseProvider.Postgres;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            "INSERT INTO sys_audit_entries (\"Sequence\", \"OccurredAtUtc\", \"UserId\", \"UserName\", \"UnitId\", \"UnitName\", \"ClientIp\", " +
            "\"Action\", \"TargetType\", \"TargetId\", \"Outcome\", \"Changes\", \"Detail\", \"PreviousHash\", \"Hash\") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)";
        var parameters = Enumerable.Range(0, 15).Select(i =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        object Id(Guid? id) => id is null ? DBNull.Value : postgres ? id.Value : id.Value.ToString().ToUpperInvariant();
        static object Text(string? text) => text is null ? DBNull.Value : text;
        foreach (var entry in entries)
        {
            parameters[0].Value = entry.Sequence;
            parameters[1].Value = postgres
                ? DateTime.SpecifyKind(entry.OccurredAtUtc, DateTimeKind.Utc)
                : entry.OccurredAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            parameters[2].Value = Id(entry.UserId);
            parameters[3].Value = Text(entry.UserName);
            parameters[4].Value = Id(entry.UnitId);
            parameters[5].Value = Text(entry.UnitName);
            parameters[6].Value = Text(entry.ClientIp);
            parameters[7].Value = entry.Action;
            parameters[8].Value = entry.TargetType;
            parameters[9].Value = Text(entry.TargetId);
            parameters[10].Value = entry.Outcome.ToString();
            parameters[11].Value = Text(entry.Changes);
            parameters[12].Value = Text(entry.Detail);
            parameters[13].Value = entry.PreviousHash;
            parameters[14].Value = entry.Hash;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
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
