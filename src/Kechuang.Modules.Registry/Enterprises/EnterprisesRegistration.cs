using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>The Enterprises area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class EnterprisesRegistration
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services)
    {
        services.AddSingleton<Imports.RegistryImport, ImportEnterprises.EnterpriseImport>();
        return services;
    }

    public static RouteGroupBuilder MapEnterprises(this RouteGroupBuilder group)
    {
        return group;
    }
}
