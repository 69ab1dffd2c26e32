using Kechuang.Modules.Registry.Enterprises.ExportEnterprises;
using Kechuang.Modules.Registry.Enterprises.GetEnterprise;
using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;
using Kechuang.Modules.Registry.Enterprises.ListEnterprises;
using Kechuang.Modules.Registry.Enterprises.SaveEnterprise;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>The Enterprises area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class EnterprisesRegistration
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services)
    {
        // One instance serves the import runner and the form, which parses with the import's own rules.
        services.AddSingleton<EnterpriseImport>();
        services.AddSingleton<Imports.RegistryImport>(sp => sp.GetRequiredService<EnterpriseImport>());
        services.AddScoped<ListEnterprises.ListEnterprises>();
        services.AddScoped<GetEnterprise.GetEnterprise>();
        services.AddScoped<SaveEnterprise.SaveEnterprise>();
        services.AddScoped<ExportEnterprises.ExportEnterprises>();
        return services;
    }

    public static RouteGroupBuilder MapEnterprises(this RouteGroupBuilder group)
    {
        group.MapListEnterprises();
        group.MapExportEnterprises();
        group.MapGetEnterprise();
        group.MapSaveEnterprise();
        return group;
    }
}
