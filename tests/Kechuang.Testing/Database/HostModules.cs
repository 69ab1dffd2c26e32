using System.Reflection;
using Kechuang.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Testing.Database;

/// <summary>
/// Registers every module the web host registers, by calling each module's <c>AddXxxModule(IServiceCollection,
/// IConfiguration)</c> found in <see cref="ModuleAssemblies.Pages"/>. The migrations describe the model of all
/// modules together, so a context built with fewer module models would see "pending model changes".
/// </summary>
public static class HostModules
{
    public static IReadOnlyList<MethodInfo> Registrations { get; } = ModuleAssemblies.Pages
        .SelectMany(assembly => assembly.GetExportedTypes())
        .Where(type => type is { IsAbstract: true, IsSealed: true })
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(method => method.Name.StartsWith("Add", StringComparison.Ordinal) &&
                         method.Name.EndsWith("Module", StringComparison.Ordinal) &&
                         method.GetParameters() is [var services, var configuration] &&
                         services.ParameterType == typeof(IServiceCollection) &&
                         configuration.ParameterType == typeof(IConfiguration))
        .OrderBy(method => method.Name, StringComparer.Ordinal)
        .ToList();

    public static IServiceCollection AddHostModules(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var registration in Registrations)
        {
            registration.Invoke(null, [services, configuration]);
        }
        return services;
    }
}
