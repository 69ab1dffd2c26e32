using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Activities;

/// <summary>The Activities area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class ActivitiesRegistration
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder group)
    {
        return group;
    }
}
