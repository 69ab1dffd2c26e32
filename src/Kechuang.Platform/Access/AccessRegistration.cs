using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Platform.Access;

public static class AccessRegistration
{
    /// <summary>Declares a module's permissions; each becomes a named authorization policy.</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, IEnumerable<PermissionDefinition> permissions)
    {
        foreach (var permission in permissions)
        {
            services.AddSingleton(permission);
            services.Configure<AuthorizationOptions>(options =>
                options.AddPolicy(permission.Name, policy => policy.AddRequirements(new PermissionRequirement(permission.Name))));
        }
        services.TryAddSingleton<PermissionCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, PermissionAuthorizationHandler>());
        return services;
    }
}
