using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
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
        return services;
    }

    /// <summary>
    /// Interim access control until identity lands (issue #3, see docs/adr/0004-interim-access-before-identity.md):
    /// every endpoint and page already names its permission policy; in demo mode the policies admit everyone,
    /// in any other mode they deny everyone, so nothing is ever open in production.
    /// </summary>
    public static IServiceCollection AddKechuangInterimAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        var demo = configuration.GetValue("Demo:Enabled", false);
        services.AddAuthentication(InterimAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, InterimAuthenticationHandler>(InterimAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(_ => demo).Build();
        });
        services.AddSingleton<IAuthorizationHandler>(new InterimPermissionHandler(demo));
        services.AddCascadingAuthenticationState();
        services.AddPermissions(PlatformPermissions.All);
        return services;
    }
}
