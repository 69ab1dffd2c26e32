using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms.ExportPlatforms;
using Kechuang.Modules.Registry.Platforms.GetPlatform;
using Kechuang.Modules.Registry.Platforms.ImportPlatforms;
using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Modules.Registry.Platforms.SavePlatform;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Platforms;

/// <summary>The Platforms area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class PlatformsRegistration
{
    public static IServiceCollection AddPlatforms(this IServiceCollection services)
    {
        services.AddSingleton<PlatformImport>();
        services.AddSingleton<RegistryImport>(sp => sp.GetRequiredService<PlatformImport>());
        services.AddSingleton<RegistryImport, PlatformAssessmentImport>();
        services.AddScoped<ListPlatforms.ListPlatforms>();
        services.AddScoped<GetPlatform.GetPlatform>();
        services.AddScoped<ExportPlatforms.ExportPlatforms>();
        services.AddScoped<ExportPlatformAssessments>();
        services.AddScoped<SavePlatform.SavePlatform>();
        services.AddScoped<PlatformCounts>();
        return services;
    }

    public static RouteGroupBuilder MapPlatforms(this RouteGroupBuilder group)
    {
        group.MapListPlatforms();
        group.MapExportPlatforms();
        group.MapGetPlatform();
        group.MapSavePlatform();
        return group;
    }
}
