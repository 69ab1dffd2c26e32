using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kechuang.Testing.Database;

/// <summary>
/// A fresh, isolated database built from the real migrations, with the services of every module registered
/// (as in the web host) plus whatever the test adds. Disposal drops the database.
/// <code>
/// await using var db = await TestDatabase.CreateAsync(provider, services => services.AddScoped&lt;ImportPlan&gt;());
/// await using var scope = db.CreateScope();
/// var import = scope.ServiceProvider.GetRequiredService&lt;ImportPlan&gt;();
/// </code>
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ScratchDatabase _database;
    private readonly ServiceProvider _services;

    private TestDatabase(ScratchDatabase database, ServiceProvider services, IConfiguration configuration)
    {
        _database = database;
        _services = services;
        Configuration = configuration;
    }

    public DatabaseOptions Options => _database.Options;

    public DatabaseProvider Provider => Options.Provider;

    public IServiceProvider Services => _services;

    /// <summary>The configuration the modules were registered with: the host's appsettings.json, the database
    /// settings of this database, then the test's own settings.</summary>
    public IConfiguration Configuration { get; }

    public static Task<TestDatabase> CreateAsync(
        DatabaseProvider provider,
        Action<IServiceCollection>? configure = null,
        CancellationToken cancellationToken = default) =>
        CreateAsync(provider, (services, _) => configure?.Invoke(services), settings: null, cancellationToken);

    /// <param name="configure">Adds the test's services; it gets the configuration, e.g. for a module's options.</param>
    /// <param name="settings">Configuration keys to add or override, e.g. <c>["WorkPlans:Import:MaxFileBytes"] = "1024"</c>.</param>
    public static async Task<TestDatabase> CreateAsync(
        DatabaseProvider provider,
        Action<IServiceCollection, IConfiguration> configure,
        IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var database = ScratchDatabase.Create(provider);
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(RepoPaths.WebProject, "appsettings.json"), optional: true)
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:Provider"] = provider.ToString(),
                    ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
                })
                .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
                .Build();

            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging"))
                .SetMinimumLevel(LogLevel.Warning));
            services.AddKechuangDatabase(database.Options);
            services.AddHostModules(configuration);
            configure(services, configuration);
            var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

            var testDatabase = new TestDatabase(database, serviceProvider, configuration);
            try
            {
                await using var scope = testDatabase.CreateScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            }
            catch
            {
                await testDatabase.DisposeAsync();
                throw;
            }
            return testDatabase;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>A context of its own, outside any scope, for arranging and asserting; the caller disposes it.</summary>
    public KechuangDbContext NewDbContext()
    {
        var builder = new DbContextOptionsBuilder<KechuangDbContext>();
        DatabaseRegistration.Configure(builder, Options);
        return new KechuangDbContext(builder.Options, _services.GetRequiredService<ModuleModels>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
