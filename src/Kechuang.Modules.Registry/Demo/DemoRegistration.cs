using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>The Demo area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class DemoRegistration
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoDataWriter>();
        services.AddScoped<IDemoSeeder, DemoRegistrySeeder>();
        return services;
    }

    public static RouteGroupBuilder MapDemo(this RouteGroupBuilder group)
    {
        return group;
    }
}
