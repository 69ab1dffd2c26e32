using Kechuang.Modules.Registry.Activities.ExportActivities;
using Kechuang.Modules.Registry.Activities.ImportActivities;
using Kechuang.Modules.Registry.Activities.ListActivities;
using Kechuang.Modules.Registry.Activities.SaveActivity;
using Kechuang.Modules.Registry.Imports;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Activities;

/// <summary>The Activities area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class ActivitiesRegistration
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddSingleton<ActivityImport>();
        services.AddSingleton<RegistryImport>(sp => sp.GetRequiredService<ActivityImport>());
        services.AddScoped<ListActivities.ListActivities>();
        services.AddScoped<ExportActivities.ExportActivities>();
        services.AddScoped<SaveActivity.SaveActivity>();
        services.AddScoped<ActivityCounts>();
        return services;
    }

    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder group)
    {
        group.MapListActivities();
        group.MapExportActivities();
        group.MapSaveActivity();
        return group;
    }
}
