using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Talents.ExportTalents;
using Kechuang.Modules.Registry.Talents.ImportTalents;
using Kechuang.Modules.Registry.Talents.ListTalents;
using Kechuang.Modules.Registry.Talents.RevealTalentIdentity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Talents;

/// <summary>The Talents area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class TalentsRegistration
{
    public static IServiceCollection AddTalents(this IServiceCollection services)
    {
        // PersonalData is a singleton (IdentityModule), so the import, itself a singleton, may hold it.
        services.AddSingleton<TalentImport>();
        services.AddSingleton<RegistryImport>(sp => sp.GetRequiredService<TalentImport>());
        services.AddScoped<ListTalents.ListTalents>();
        services.AddScoped<ExportTalents.ExportTalents>();
        services.AddScoped<RevealTalentIdentity.RevealTalentIdentity>();
        services.AddScoped<TalentCounts>();
        return services;
    }

    public static RouteGroupBuilder MapTalents(this RouteGroupBuilder group)
    {
        group.MapListTalents();
        group.MapExportTalents();
        group.MapRevealTalentIdentity();
        return group;
    }
}
