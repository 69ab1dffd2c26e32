using Kechuang.Platform.Database;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Platform.Tests.Database;

public sealed class DatabaseOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Fact]
    public void NothingConfigured_DefaultsToSqliteFileUnderData()
    {
        var options = DatabaseOptions.FromConfiguration(Configuration());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/kechuang.db", options.ConnectionString);
    }

    [Theory]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData(" POSTGRES ", DatabaseProvider.Postgres)]
    public void ProviderName_IsReadCaseInsensitively(string name, DatabaseProvider expected)
    {
        var options = DatabaseOptions.FromConfiguration(Configuration(
            ("Database:Provider", name), ("ConnectionStrings:Kechuang", "Host=db;Database=kechuang")));

        Assert.Equal(expected, options.Provider);
        Assert.Equal("Host=db;Database=kechuang", options.ConnectionString);
    }

    [Theory]
    [InlineData("MySql")]
    [InlineData("SqlServer")]
    [InlineData("Postgres;")]
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
