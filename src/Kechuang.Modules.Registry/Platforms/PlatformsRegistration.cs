using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Platforms;

/// <summary>The Platforms area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class PlatformsRegistration
{
    public static IServiceCollection AddPlatforms(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapPlatforms(this RouteGroupBuilder group)
    {
        return group;
    }
}
