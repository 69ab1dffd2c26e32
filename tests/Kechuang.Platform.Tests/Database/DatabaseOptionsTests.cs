using Kechuang.Platform.Database;
using Kechuang.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Platform.Tests.Database;

public sealed class DatabaseOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Fact]
    public void NothingConfigured_DefaultsToSqliteFileUnderTheCheckoutsDataFolder()
    {
        var options = DatabaseOptions.FromConfiguration(Configuration());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(SqliteFile(Path.Combine(RepoPaths.Root, "data", "kechuang.db")), options.ConnectionString);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("sqlite")]
    [InlineData(" SQLITE ")]
    public void SqliteProviderName_IsReadCaseInsensitively(string name)
    {
        var options = DatabaseOptions.FromConfiguration(Configuration(
            ("Database:Provider", name), ("ConnectionStrings:Kechuang", "Data Source=/var/lib/kechuang/科创.db")));

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(SqliteFile("/var/lib/kechuang/科创.db"), options.ConnectionString);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData(" POSTGRES ")]
    public void PostgresProviderName_IsReadCaseInsensitivelyAndKeepsTheConnectionString(string name)
    {
        var options = DatabaseOptions.FromConfiguration(Configuration(
            ("Database:Provider", name), ("ConnectionStrings:Kechuang", "Host=db;Database=kechuang")));

        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal("Host=db;Database=kechuang", options.ConnectionString);
    }

    [Fact]
    public void RelativeSqliteFileInsideACheckout_IsPlacedUnderTheCheckoutRoot()
    {
        var resolved = DatabaseOptions.ResolveSqlitePath("Data Source=data/kechuang.db", RepoPaths.WebProject);

        Assert.Equal(SqliteFile(Path.Combine(RepoPaths.Root, "data", "kechuang.db")), resolved);
    }

    [Fact]
    public void RelativeSqliteFileOutsideACheckout_IsPlacedUnderTheCurrentFolder()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"kc-outside-{Guid.NewGuid():N}");
        Directory.CreateDirectory(outside);
        try
        {
            var resolved = DatabaseOptions.ResolveSqlitePath("Data Source=data/kechuang.db", outside);

            Assert.Equal(SqliteFile(Path.Combine(outside, "data", "kechuang.db")), resolved);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Theory]
    [InlineData("Data Source=/srv/kechuang.db")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=kc;Mode=Memory;Cache=Shared")]
    public void RootedOrInMemorySqlite_IsLeftAsWritten(string connectionString)
    {
        Assert.Equal(connectionString, DatabaseOptions.ResolveSqlitePath(connectionString, RepoPaths.WebProject));
    }

    [Theory]
    [InlineData("MySql")]
    [InlineData("SqlServer")]
    [InlineData("Postgres;")]
    [InlineData("1")]
    [InlineData("Sqlite,Postgres")]
    public void UnknownProvider_IsRefusedWithTheAllowedNames(string name)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseOptions.FromConfiguration(Configuration(("Database:Provider", name))));

        Assert.Contains("'Sqlite' or 'Postgres'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void PostgresWithoutConnectionString_IsRefused(string? connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.FromConfiguration(Configuration(
            ("Database:Provider", "Postgres"), ("ConnectionStrings:Kechuang", connectionString))));

        Assert.Contains("ConnectionStrings:Kechuang", error.Message, StringComparison.Ordinal);
    }

    private static string SqliteFile(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    [Fact]
    public void EnvironmentVariableNames_MapToTheSameKeys()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // what the environment-variable provider yields for Database__Provider and ConnectionStrings__Kechuang
                ["Database__Provider".Replace("__", ":", StringComparison.Ordinal)] = "Postgres",
                ["ConnectionStrings__Kechuang".Replace("__", ":", StringComparison.Ordinal)] = "Host=127.0.0.1",
            })
            .Build();

        var options = DatabaseOptions.FromConfiguration(configuration);

        Assert.Equal(new DatabaseOptions(DatabaseProvider.Postgres, "Host=127.0.0.1"), options);
    }
}
