using Kechuang.Platform.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Platform.Database;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Kechuang.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Kechuang.Migrations.Postgres";

    /// <summary>The provider switch (after bitwarden/server's SetupEntityFramework): one migrations assembly per provider.</summary>
    public static IServiceCollection AddKechuangDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.FromConfiguration(configuration);
        return services.AddKechuangDatabase(options);
    }

    public static IServiceCollection AddKechuangDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<ModuleModels>();
        foreach (var model in PlatformModels.All)
        {
            services.AddSingleton<IModuleModel>(model);
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<DatabaseMigrator>();
        services.TryAddScoped<AuditRecorder>();
        services.TryAddScoped<IAuditTrail, AuditTrail>();
        services.TryAddScoped<IAuditActorSource, SystemActorSource>();
        services.AddDbContext<KechuangDbContext>(builder => Configure(builder, options));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(PrepareSqlite(options.ConnectionString),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString,
                    npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {options.Provider}.");
        }
    }

    /// <summary>Makes sure the folder of a SQLite database file exists before the first connection.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) &&
            builder.DataSource != ":memory:" &&
            builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        return builder.ToString();
    }
}
