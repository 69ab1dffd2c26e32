using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Database;

/// <summary>The provider matrix itself: a fresh migrated database per test, on SQLite and on PostgreSQL.</summary>
public sealed class TestDatabaseTests
{
    [Theory, DatabaseData]
    public async Task FreshDatabase_IsMigratedAndAnswersQueries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewDbContext();

        Assert.Equal(provider, db.Provider);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var answer = await db.Database.SqlQueryRaw<string>("SELECT '科创' AS \"Value\"").SingleAsync();
        Assert.Equal("科创", answer);
    }

    [Theory, DatabaseData]
    public async Task ScopedServices_UseTheTestDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, services => services.AddScoped<Probe>());
        await using var scope = database.CreateScope();

        var probe = scope.ServiceProvider.GetRequiredService<Probe>();

        Assert.Equal(database.Options.ConnectionString, probe.Db.Database.GetConnectionString());
        Assert.True(await probe.Db.Database.CanConnectAsync());
    }

    [Theory, DatabaseData]
    public async Task Disposal_RemovesTheDatabase(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var options = database.Options;

        await database.DisposeAsync();

        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            Assert.False(File.Exists(file));
            Assert.False(File.Exists(file + "-wal"));
        }
        else
        {
            var name = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).Database;
            await using var admin = new Npgsql.NpgsqlConnection(TestPostgres.AdminConnectionString);
            await admin.OpenAsync();
            await using var command = admin.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
            command.Parameters.AddWithValue("name", name!);
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }
    }

    [Theory, DatabaseData]
    public async Task TwoDatabases_DoNotShareTables(DatabaseProvider provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        await using var firstDb = first.NewDbContext();
        await using var secondDb = second.NewDbContext();

        await firstDb.Database.ExecuteSqlRawAsync("CREATE TABLE kc_probe (name varchar(20))");
        await firstDb.Database.ExecuteSqlRawAsync("INSERT INTO kc_probe (name) VALUES ('西安市科技局')");
        await secondDb.Database.ExecuteSqlRawAsync("CREATE TABLE kc_probe (name varchar(20))");

        Assert.Equal(1L, await firstDb.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM kc_probe").SingleAsync());
        Assert.Equal(0L, await secondDb.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM kc_probe").SingleAsync());
    }

    private sealed class Probe(KechuangDbContext db)
    {
        public KechuangDbContext Db { get; } = db;
    }
}
