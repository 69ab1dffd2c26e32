using Kechuang.Modules.Registry.Imports.RunImport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Imports;

/// <summary>The Imports area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class ImportsRegistration
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<RegistryImports>();
        services.AddScoped<RunImport.RunImport>();
        services.AddScoped<RollbackImport.RollbackImport>();
        services.AddScoped<ListImportBatches.ListImportBatches>();
        return services;
    }

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder group)
    {
        group.MapImportEndpoints();
        return group;
    }
}
