using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Finance;

/// <summary>The Finance area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class FinanceRegistration
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapFinance(this RouteGroupBuilder group)
    {
        return group;
    }
}
