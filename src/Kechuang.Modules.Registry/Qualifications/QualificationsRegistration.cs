using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Qualifications;

/// <summary>The Qualifications area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class QualificationsRegistration
{
    public static IServiceCollection AddQualifications(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapQualifications(this RouteGroupBuilder group)
    {
        return group;
    }
}
