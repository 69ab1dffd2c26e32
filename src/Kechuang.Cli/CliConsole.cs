using Kechuang.Modules.Registry;
using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Kechuang.Cli;

/// <summary>Where the CLI writes, and how it builds the same services as the web host from the same configuration.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    public IConfiguration BuildConfiguration() => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
        .Build();

    public ServiceProvider BuildServices()
    {
        var configuration = BuildConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddKechuangDatabase(configuration);
        services.AddWorkPlansModule(configuration);
        services.AddRegistryModule(configuration);
        services.AddIdentityModule(configuration);
        services.Replace(ServiceDescriptor.Scoped<IAuditActorSource, CliActorSource>());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
