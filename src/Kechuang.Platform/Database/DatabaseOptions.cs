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
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) ||
                 !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider must be 'Sqlite' or 'Postgres', not '{providerText}'.");
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
        return new DatabaseOptions(provider, connectionString);
    }
}
