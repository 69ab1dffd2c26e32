using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Testing.Web;

/// <summary>How a <see cref="KechuangWebFactory"/> sets the host up.</summary>
public sealed record KechuangWebOptions
{
    /// <summary>Demo mode: the interim permission policies admit everyone. False means default deny everywhere.</summary>
    public bool Demo { get; init; } = true;

    /// <summary>Each factory gets a fresh empty database of this provider (the host migrates it at start-up).</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Use this database instead of a fresh one; the factory then neither creates nor drops it.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Development, as <c>dotnet run</c> uses (it also serves the framework's and MudBlazor's static assets).</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Further configuration, e.g. <c>["WorkPlans:Import:MaxFileBytes"] = "1024"</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}

/// <summary>
/// The real web host (Program.cs) over its own database, in demo mode unless told otherwise.
/// Content root is <c>src/Kechuang.Web</c>, as with <c>dotnet run --project src/Kechuang.Web</c>, so appsettings.json
/// and wwwroot are the real ones; <c>Demo:SamplePlansFolder</c> is set to the absolute path of <c>samples/plans</c>
/// (a rooted path wins in Path.Combine(contentRoot, folder)), so demo seeding finds the samples.
/// <code>
/// await using var factory = new KechuangWebFactory();
/// using var client = factory.CreateClient();
/// await using var production = new KechuangWebFactory { Options = new() { Demo = false } };
/// </code>
/// For a real socket (browsers): <c>var url = factory.StartKestrel();</c>
/// </summary>
public class KechuangWebFactory : WebApplicationFactory<Program>
{
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];
    private readonly Lock _gate = new();
    private ScratchDatabase? _scratch;
    private DatabaseOptions? _database;

    /// <summary>Set with an object initializer, before the first use: <c>new KechuangWebFactory { Options = new() { Demo = false } }</c>.</summary>
    public KechuangWebOptions Options { get; init; } = new();

    /// <summary>The database the host runs on: a fresh one created on first use, unless Options names one.</summary>
    public DatabaseOptions Database
    {
        get
        {
            lock (_gate)
            {
                if (_database is null)
                {
                    if (Options.ConnectionString is { } connectionString)
                    {
                        _database = new DatabaseOptions(Options.Provider, connectionString);
                    }
                    else
                    {
                        _scratch = ScratchDatabase.Create(Options.Provider);
                        _database = _scratch.Options;
                    }
                }
                return _database;
            }
        }
    }

    /// <summary>Replaces or adds services after the host's own registrations (call before the first request).</summary>
    public KechuangWebFactory ConfigureTestServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    /// <summary>Starts the host on Kestrel at a free loopback port (instead of the in-memory test server) and returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no addresses.");
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server is bound to no address.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Options.Environment);
        builder.UseContentRoot(RepoPaths.WebProject);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Kechuang", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", Options.Demo ? "true" : "false");
        builder.UseSetting("Demo:SamplePlansFolder", RepoPaths.SamplePlans);
        builder.UseSetting("DataProtection:KeysFolder", KeysFolder);
        // Tests sign in and call the API far more often than people do; the rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // EF logs its probe of a not-yet-existing __EFMigrationsHistory on PostgreSQL as an error; a real SQL
        // failure still reaches the test as an exception.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        foreach (var (key, value) in Options.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }

    /// <summary>This host's own Data Protection key ring (cookies, CAPTCHA tokens), removed with the factory.</summary>
    private string KeysFolder { get; } = Path.Combine(Path.GetTempPath(), "kechuang-keys-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _scratch?.Dispose();
            DeleteKeys();
        }
    }

    private void DeleteKeys()
    {
        try
        {
            if (Directory.Exists(KeysFolder))
            {
                Directory.Delete(KeysFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_scratch is not null)
        {
            await _scratch.DisposeAsync();
        }
        DeleteKeys();
        GC.SuppressFinalize(this);
    }
}
