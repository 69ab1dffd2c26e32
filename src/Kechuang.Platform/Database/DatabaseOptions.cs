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
        builder.DataSource = ResolveUnderCheckout(builder.DataSource, currentDirectory);
        return builder.ToString();
    }

    /// <summary>
    /// A relative path (the SQLite file, data/keys, data/audit-checkpoints) lives under the checkout root (the folder
    /// holding Kechuang.slnx) when run from inside one, under the current folder otherwise; a rooted path stays.
    /// </summary>
    public static string ResolveUnderCheckout(string path, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(currentDirectory);
        if (Path.IsPathRooted(path))
        {
            return path;
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
        return Path.GetFullPath(Path.Combine(root, path));
    }

    /// <summary>The Data Protection key ring (cookies, CAPTCHA tokens, the personal-data key): <c>DataProtection:KeysFolder</c>, else data/keys.</summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["DataProtection:KeysFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : ResolveUnderCheckout("data/keys", Directory.GetCurrentDirectory());
    }
}
