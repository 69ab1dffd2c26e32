using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Contracts;

/// <summary>The Contracts area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class ContractsRegistration
{
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddScoped<ContractFlows>();
        return services;
    }

    public static RouteGroupBuilder MapContracts(this RouteGroupBuilder group)
    {
        return group;
    }
}
