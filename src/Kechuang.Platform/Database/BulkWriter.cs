using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Kechuang.Platform.Database;

/// <summary>
/// Writes many rows of one entity type without the change tracker: batched prepared statements on SQLite, binary
/// COPY on PostgreSQL (STYLE.md, "Bulk paths"). Columns, names and value conversions come from the EF model, so a
/// bulk row is stored exactly as EF would store it. Runs inside the context's current transaction; audit is the
/// caller's business (bulk imports stage one summary record, docs/modules/platform-sign-in.md).
/// </summary>
public sealed class BulkWriter
{
    private readonly KechuangDbContext _db;

    public BulkWriter(KechuangDbContext db) => _db = db;

    /// <summary>
    /// Opens the context's connection for a large write and, on SQLite, widens its page cache from the default 2 MB to
    /// 256 MB while the write lasts: random keys (USCCs, names) otherwise spill index pages to the WAL again and again.
    /// Disposing restores the default and closes the connection, which goes back to the pool.
    /// </summary>
    public static async Task<IAsyncDisposable> LargeWriteAsync(KechuangDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken);
        }
        return new LargeWrite(db);
    }

    private sealed class LargeWrite(KechuangDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task InsertAsync<T>(IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        var table = BulkTable.For<T>(_db);
        if (_db.Provider == DatabaseProvider.Postgres)
        {
            await CopyAsync(table, entities, cancellationToken);
            return;
        }
        InsertSqlite(table, entities, cancellationToken);
    }

    /// <summary>
    /// SQLite's own prepare/bind/step/reset on the context's connection (hence inside its transaction). Through
    /// Microsoft.Data.Sqlite every execution re-resolves each parameter by name; binding by position here roughly
    /// halves the cost of a wide row. Values are bound in exactly the text forms Microsoft.Data.Sqlite writes
    /// (<see cref="SqliteText"/>), so EF reads bulk rows back like its own.
    /// </summary>
    private void InsertSqlite<T>(BulkTable table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (_db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes run inside a transaction (BeginTransactionAsync first).");
        }
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)_db.Database.GetDbConnection();
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.QuotedName))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var handle = connection.Handle!;
        Check(handle, SQLitePCL.raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            foreach (var entity in entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    Check(handle, SqliteText.Bind(statement, i + 1, table.Columns[i].ProviderValue(entity)));
                }
                var step = SQLitePCL.raw.sqlite3_step(statement);
                if (step != SQLitePCL.raw.SQLITE_DONE)
                {
                    Check(handle, step);
                }
                SQLitePCL.raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Check(SQLitePCL.sqlite3 handle, int code)
    {
        if (code != SQLitePCL.raw.SQLITE_OK && code != SQLitePCL.raw.SQLITE_DONE && code != SQLitePCL.raw.SQLITE_ROW)
        {
            throw new Microsoft.Data.Sqlite.SqliteException(
                $"SQLite Error {code}: '{SQLitePCL.raw.sqlite3_errmsg(handle).utf8_to_string()}'.", code);
        }
    }

    /// <summary>Updates every non-key column of each entity by its key.</summary>
    public async Task UpdateAsync<T>(IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        var table = BulkTable.For<T>(_db);
        var values = table.Columns.Where(c => !c.IsKey).ToArray();
        await using var command = Command(
            $"UPDATE {table.Name} SET {string.Join(", ", values.Select((c, i) => $"{c.QuotedName} = @p{i}"))} " +
            $"WHERE {table.Key.QuotedName} = @key");
        var parameters = values.Select((c, i) => c.Mapping.CreateParameter(command, "@p" + i, null, c.Property.IsNullable)).ToArray();
        var key = table.Key.Mapping.CreateParameter(command, "@key", null, false);
        command.Parameters.AddRange(parameters);
        command.Parameters.Add(key);
        await command.PrepareAsync(cancellationToken);
        foreach (var entity in entities)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i].ProviderValue(entity) ?? DBNull.Value;
            }
            key.Value = table.Key.ProviderValue(entity)!;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The entity's columns as JSON (provider values), what <see cref="RestoreAsync"/> writes back.</summary>
    public string Snapshot<T>(T entity)
        where T : class
    {
        var table = BulkTable.For<T>(_db);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            values[column.Name] = column.ModelValue(entity) switch
            {
                DateOnly d => d.ToString("O"),
                DateTime t => t.ToString("O"),
                Enum e => e.ToString(),
                var v => v,
            };
        }
        return JsonSerializer.Serialize(values);
    }

    /// <summary>Writes a <see cref="Snapshot{T}"/> back over the row with the same key.</summary>
    public async Task RestoreAsync<T>(IEnumerable<string> snapshots, CancellationToken cancellationToken)
        where T : class
    {
        var table = BulkTable.For<T>(_db);
        var restored = new List<T>();
        foreach (var snapshot in snapshots)
        {
            restored.Add(table.Materialise<T>(snapshot));
        }
        await UpdateAsync(restored, cancellationToken);
    }

    /// <summary>Deletes rows whose column equals the value (e.g. every row a batch created).</summary>
    public async Task<int> DeleteWhereAsync<T>(string propertyName, object value, CancellationToken cancellationToken)
        where T : class
    {
        var table = BulkTable.For<T>(_db);
        var column = table.Columns.Single(c => c.Property.Name == propertyName);
        await using var command = Command($"DELETE FROM {table.Name} WHERE {column.QuotedName} = @value");
        command.Parameters.Add(column.Mapping.CreateParameter(command, "@value", column.Convert(value), false));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(string sql)
    {
        var connection = _db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction (BeginTransactionAsync first).");
        return command;
    }

    private async Task CopyAsync<T>(BulkTable table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (NpgsqlConnection)_db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.QuotedName))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var entity in entities)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                await WriteAsync(writer, column.ProviderValue(entity), cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => writer.WriteNullAsync(cancellationToken),
        string s => writer.WriteAsync(s, NpgsqlDbType.Text, cancellationToken),
        Guid g => writer.WriteAsync(g, NpgsqlDbType.Uuid, cancellationToken),
        int i => writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken),
        long l => writer.WriteAsync(l, NpgsqlDbType.Bigint, cancellationToken),
        short s => writer.WriteAsync(s, NpgsqlDbType.Smallint, cancellationToken),
        bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
        DateOnly d => writer.WriteAsync(d, NpgsqlDbType.Date, cancellationToken),
        DateTime t => writer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken),
        decimal m => writer.WriteAsync(m, NpgsqlDbType.Numeric, cancellationToken),
        double f => writer.WriteAsync(f, NpgsqlDbType.Double, cancellationToken),
        _ => throw new NotSupportedException($"Bulk copy of {value.GetType().Name} is not mapped."),
    };
}

/// <summary>One entity type's table as the EF model maps it (cached per model and type).</summary>
internal sealed class BulkTable
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, Dictionary<Type, BulkTable>> Cache = new();

    private BulkTable(string name, IReadOnlyList<BulkColumn> columns, IEntityType entityType)
    {
        Name = name;
        Columns = columns;
        Key = columns.Single(c => c.IsKey);
        EntityType = entityType;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }
    public BulkColumn Key { get; }
    public IEntityType EntityType { get; }

    public static BulkTable For<T>(KechuangDbContext db)
    {
        var model = db.Model;
        var tables = Cache.GetOrCreateValue(model);
        lock (tables)
        {
            if (!tables.TryGetValue(typeof(T), out var table))
            {
                var entityType = model.FindEntityType(typeof(T))
                    ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
                var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
                var sql = db.GetService<ISqlGenerationHelper>();
                var columns = entityType.GetProperties()
                    .Where(p => p.GetColumnName(store) is not null)
                    .Select(p => new BulkColumn(p, p.GetColumnName(store)!, sql.DelimitIdentifier(p.GetColumnName(store)!),
                        (RelationalTypeMapping)p.GetTypeMapping(), p.IsPrimaryKey()))
                    .ToList();
                table = new BulkTable(sql.DelimitIdentifier(store.Name, store.Schema), columns, entityType);
                tables[typeof(T)] = table;
            }
            return table;
        }
    }

    /// <summary>An entity instance with the snapshot's values (only the columns matter: it is written, never tracked).</summary>
    public T Materialise<T>(string snapshot)
        where T : class
    {
        var entity = (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(T));
        using var document = JsonDocument.Parse(snapshot);
        foreach (var column in Columns)
        {
            if (!document.RootElement.TryGetProperty(column.Name, out var element))
            {
                continue;
            }
            column.SetModelValue(entity, element);
        }
        return entity;
    }
}

internal sealed record BulkColumn(IProperty Property, string Name, string QuotedName, RelationalTypeMapping Mapping, bool IsKey)
{
    private readonly IClrPropertyGetter _getter = Property.GetGetter();
    private readonly Func<object?, object?>? _toProvider = Mapping.Converter?.ConvertToProvider;

    public object? ModelValue(object entity) => _getter.GetClrValueUsingContainingEntity(entity);

    public object? ProviderValue(object entity) => Convert(ModelValue(entity));

    public object? Convert(object? value) => value is null ? null : _toProvider is { } convert ? convert(value) : value;

    public void SetModelValue(object entity, JsonElement element)
    {
        var type = Nullable.GetUnderlyingType(Property.ClrType) ?? Property.ClrType;
        object? value = element.ValueKind == JsonValueKind.Null ? null
            : type == typeof(string) ? element.GetString()
            : type == typeof(Guid) ? element.GetGuid()
            : type == typeof(int) ? element.GetInt32()
            : type == typeof(long) ? element.GetInt64()
            : type == typeof(bool) ? element.GetBoolean()
            : type == typeof(decimal) ? element.GetDecimal()
            : type == typeof(double) ? element.GetDouble()
            : type == typeof(DateOnly) ? DateOnly.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : type == typeof(DateTime) ? DateTime.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.RoundtripKind)
            : type.IsEnum ? Enum.Parse(type, element.GetString()!)
            : throw new NotSupportedException($"Restoring {type.Name} is not mapped.");
        var member = (System.Reflection.PropertyInfo?)Property.PropertyInfo
            ?? throw new InvalidOperationException($"{Property.Name} has no CLR property.");
        member.SetValue(entity, value);
    }
}

/// <summary>Provider values in the storage forms Microsoft.Data.Sqlite uses (TEXT for Guid, DateTime, DateOnly, decimal).</summary>
internal static class SqliteText
{
    public static int Bind(SQLitePCL.sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => SQLitePCL.raw.sqlite3_bind_null(statement, index),
        string s => SQLitePCL.raw.sqlite3_bind_text(statement, index, s),
        Guid g => SQLitePCL.raw.sqlite3_bind_text(statement, index, g.ToString().ToUpperInvariant()),
        int i => SQLitePCL.raw.sqlite3_bind_int64(statement, index, i),
        long l => SQLitePCL.raw.sqlite3_bind_int64(statement, index, l),
        short s => SQLitePCL.raw.sqlite3_bind_int64(statement, index, s),
        byte b => SQLitePCL.raw.sqlite3_bind_int64(statement, index, b),
        bool b => SQLitePCL.raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => SQLitePCL.raw.sqlite3_bind_double(statement, index, d),
        float f => SQLitePCL.raw.sqlite3_bind_double(statement, index, f),
        decimal m => SQLitePCL.raw.sqlite3_bind_text(statement, index, m.ToString("0.0###########################", System.Globalization.CultureInfo.InvariantCulture)),
        DateTime t => SQLitePCL.raw.sqlite3_bind_text(statement, index, t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)),
        DateOnly d => SQLitePCL.raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        byte[] bytes => SQLitePCL.raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"Bulk insert of {value.GetType().Name} into SQLite is not mapped."),
    };
}
