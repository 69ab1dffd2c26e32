using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Talents;

/// <summary>The Talents area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class TalentsRegistration
{
    public static IServiceCollection AddTalents(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapTalents(this RouteGroupBuilder group)
    {
        return group;
    }
}
