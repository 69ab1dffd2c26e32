using Kechuang.Modules.Registry.Finance.GetFund;
using Kechuang.Modules.Registry.Finance.ImportFundInvestments;
using Kechuang.Modules.Registry.Finance.ImportRoadshows;
using Kechuang.Modules.Registry.Finance.ImportSubFunds;
using Kechuang.Modules.Registry.Finance.ImportTechLoans;
using Kechuang.Modules.Registry.Finance.ListFunds;
using Kechuang.Modules.Registry.Finance.ListLoans;
using Kechuang.Modules.Registry.Finance.ListRoadshows;
using Kechuang.Modules.Registry.Imports;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Finance;

/// <summary>The Finance area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class FinanceRegistration
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.AddSingleton<RegistryImport, TechLoanImport>();
        services.AddSingleton<RegistryImport, SubFundImport>();
        services.AddSingleton<RegistryImport, FundInvestmentImport>();
        services.AddSingleton<RegistryImport, RoadshowImport>();
        services.AddScoped<ListLoans.ListLoans>();
        services.AddScoped<ListFunds.ListFunds>();
        services.AddScoped<GetFund.GetFund>();
        services.AddScoped<ListRoadshows.ListRoadshows>();
        services.AddScoped<ExportFinance.ExportFinance>();
        return services;
    }

    public static RouteGroupBuilder MapFinance(this RouteGroupBuilder group)
    {
        group.MapListLoans();
        group.MapListFunds();
        group.MapGetFund();
        group.MapListRoadshows();
        return group;
    }
}
