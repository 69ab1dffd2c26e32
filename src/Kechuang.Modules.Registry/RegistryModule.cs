using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Demo;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry;

/// <summary>创新主体库 module: registration of its services, model, permissions and endpoints, one call per area.</summary>
public static class RegistryModule
{
    public static IModuleModel Model { get; } = new RegistryModel();

    public static IServiceCollection AddRegistryModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Model);
        services.AddPermissions(RegistryPermissions.All);
        services.AddSingleton(ImportOptions.FromConfiguration(configuration));
        services.AddImports();
        services.AddEnterprises();
        services.AddQualifications();
        services.AddPlatforms();
        services.AddTalents();
        services.AddContracts();
        services.AddFinance();
        services.AddActivities();
        services.AddDemo();
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/registry").WithTags("创新主体库");
        group.MapImports();
        group.MapEnterprises();
        group.MapQualifications();
        group.MapPlatforms();
        group.MapTalents();
        group.MapContracts();
        group.MapFinance();
        group.MapActivities();
        group.MapDemo();
        return endpoints;
    }
}
