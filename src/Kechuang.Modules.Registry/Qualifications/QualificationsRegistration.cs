using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.ImportGrowthRecognitions;
using Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;
using Kechuang.Modules.Registry.Qualifications.ImportPoolMemberships;
using Kechuang.Modules.Registry.Qualifications.ImportTechSmeRegistrations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Qualifications;

/// <summary>The Qualifications area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class QualificationsRegistration
{
    public static IServiceCollection AddQualifications(this IServiceCollection services)
    {
        services.AddSingleton<RegistryImport, EnterpriseYearImport>();
        services.AddSingleton<RegistryImport, HighTechCertificateImport>();
        services.AddSingleton<RegistryImport, TechSmeRegistrationImport>();
        services.AddSingleton<RegistryImport, GrowthRecognitionImport>();
        services.AddSingleton<RegistryImport, PoolMembershipImport>();
        services.AddScoped<QualificationStock>();
        return services;
    }

    public static RouteGroupBuilder MapQualifications(this RouteGroupBuilder group)
    {
        return group;
    }
}
