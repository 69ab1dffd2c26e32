using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Modules.Registry.Contracts.GetContract;
using Kechuang.Modules.Registry.Contracts.ImportTechContracts;
using Kechuang.Modules.Registry.Contracts.ListContracts;
using Kechuang.Modules.Registry.Contracts.SaveContract;
using Kechuang.Modules.Registry.Imports;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Contracts;

/// <summary>The Contracts area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class ContractsRegistration
{
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddScoped<ContractFlows>();
        services.AddSingleton<TechContractImport>();
        services.AddSingleton<RegistryImport>(sp => sp.GetRequiredService<TechContractImport>());
        services.AddScoped<ListContracts.ListContracts>();
        services.AddScoped<GetContract.GetContract>();
        services.AddScoped<ExportContracts.ExportContracts>();
        services.AddScoped<SaveContract.SaveContract>();
        return services;
    }

    public static RouteGroupBuilder MapContracts(this RouteGroupBuilder group)
    {
        group.MapListContracts();
        group.MapExportContracts();
        group.MapGetContract();
        group.MapSaveContract();
        return group;
    }
}
