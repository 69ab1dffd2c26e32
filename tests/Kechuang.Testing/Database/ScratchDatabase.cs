using Kechuang.Platform.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.Testing.Database;

/// <summary>
/// An empty, uniquely named database that nobody else uses: a temporary SQLite file, or a new PostgreSQL database
/// on the test server. Disposal removes it. <see cref="TestDatabase"/> and <see cref="Web.KechuangWebFactory"/> build on it.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable, IDisposable
{
    private int _disposed;

    private ScratchDatabase(DatabaseOptions options, string name)
    {
        Options = options;
        Name = name;
    }

    public DatabaseOptions Options { get; }

    /// <summary>The SQLite file path, or the PostgreSQL database name.</summary>
    public string Name { get; }

    public static ScratchDatabase Create(DatabaseProvider provider)
    {
        var id = Guid.NewGuid().ToString("N");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"kc-test-{id}.db");
                var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
                return new ScratchDatabase(new DatabaseOptions(provider, sqlite), file);
            case DatabaseProvider.Postgres:
                var admin = TestPostgres.AdminConnectionString;
                var name = $"kc_test_{id}";
                using (var connection = new NpgsqlConnection(admin))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = $"""CREATE DATABASE "{name}" ENCODING 'UTF8' TEMPLATE template0""";
                    command.ExecuteNonQuery();
                }
                var postgres = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
                return new ScratchDatabase(new DatabaseOptions(provider, postgres), name);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        switch (Options.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                {
                    File.Delete(Name + suffix);
                }
                break;
            case DatabaseProvider.Postgres:
                using (var pooled = new NpgsqlConnection(Options.ConnectionString))
                {
                    NpgsqlConnection.ClearPool(pooled);
                }
                using (var connection = new NpgsqlConnection(TestPostgres.AdminConnectionString))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = $"""DROP DATABASE IF EXISTS "{Name}" WITH (FORCE)""";
                    command.ExecuteNonQuery();
                }
                break;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
