using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Platform.Database;

/// <summary>
/// The one place that reads <c>Database:Provider</c> and <c>ConnectionStrings:Kechuang</c>; the web host, the CLI
/// and the design-time factories all come through here.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/kechuang.db";

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else
        {
            // Names only: Enum.TryParse would also take "1" or "Sqlite,Postgres".
            var name = Enum.GetNames<DatabaseProvider>()
                .FirstOrDefault(n => string.Equals(n, providerText.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"Database:Provider must be 'Sqlite' or 'Postgres', not '{providerText}'.");
            provider = Enum.Parse<DatabaseProvider>(name);
        }

        var connectionString = configuration.GetConnectionString("Kechuang");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:Kechuang is required when Database:Provider is Postgres.");
            }
            connectionString = DefaultSqliteConnectionString;
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(connectionString, Directory.GetCurrentDirectory());
        }
        return new DatabaseOptions(provider, connectionString);
    }

    /// <summary>
    /// A relative SQLite file is placed under the source checkout's root (the folder holding Kechuang.slnx) when
    /// run from inside one — `dotnet run --project src/Kechuang.Web` starts in the project folder — and under the
    /// current folder otherwise, so the web host and the CLI always find the same <c>data/kechuang.db</c>.
    /// </summary>
    public static string ResolveSqlitePath(string connectionString, string currentDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" ||
            builder.Mode == SqliteOpenMode.Memory || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }
        var root = currentDirectory;
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kechuang.slnx")))
            {
                root = dir.FullName;
                break;
            }
        }
        builder.DataSource = Path.GetFullPath(Path.Combine(root, builder.DataSource));
        return builder.ToString();
    }
}
