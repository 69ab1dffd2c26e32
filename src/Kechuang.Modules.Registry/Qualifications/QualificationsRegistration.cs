using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.CreateHighTechCertificate;
using Kechuang.Modules.Registry.Qualifications.ExportGrowthRecognitions;
using Kechuang.Modules.Registry.Qualifications.ExportHighTechCertificates;
using Kechuang.Modules.Registry.Qualifications.ExportPoolMemberships;
using Kechuang.Modules.Registry.Qualifications.ExportTechSmeRegistrations;
using Kechuang.Modules.Registry.Qualifications.GetQualificationStock;
using Kechuang.Modules.Registry.Qualifications.ImportGrowthRecognitions;
using Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;
using Kechuang.Modules.Registry.Qualifications.ImportPoolMemberships;
using Kechuang.Modules.Registry.Qualifications.ImportTechSmeRegistrations;
using Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;
using Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;
using Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;
using Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;
using Kechuang.Modules.Registry.Qualifications.RevokeHighTechCertificate;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Qualifications;

/// <summary>The Qualifications area's services, imports and endpoints, called by <see cref="RegistryModule"/>.</summary>
internal static class QualificationsRegistration
{
    public static IServiceCollection AddQualifications(this IServiceCollection services)
    {
        // 企业年度数据 lives under Enterprises/ but is registered here, with the other imports of this helper's area.
        services.AddSingleton<RegistryImport, EnterpriseYearImport>();
        services.AddSingleton<RegistryImport, HighTechCertificateImport>();
        services.AddSingleton<RegistryImport, TechSmeRegistrationImport>();
        services.AddSingleton<RegistryImport, GrowthRecognitionImport>();
        services.AddSingleton<RegistryImport, PoolMembershipImport>();
        services.AddScoped<QualificationStock>();
        services.AddScoped<ListHighTechCertificates.ListHighTechCertificates>();
        services.AddScoped<ExportHighTechCertificates.ExportHighTechCertificates>();
        services.AddScoped<RevokeHighTechCertificate.RevokeHighTechCertificate>();
        services.AddScoped<CreateHighTechCertificate.CreateHighTechCertificate>();
        services.AddScoped<ListTechSmeRegistrations.ListTechSmeRegistrations>();
        services.AddScoped<ExportTechSmeRegistrations.ExportTechSmeRegistrations>();
        services.AddScoped<ListGrowthRecognitions.ListGrowthRecognitions>();
        services.AddScoped<ExportGrowthRecognitions.ExportGrowthRecognitions>();
        services.AddScoped<ListPoolMemberships.ListPoolMemberships>();
        services.AddScoped<ExportPoolMemberships.ExportPoolMemberships>();
        return services;
    }

    public static RouteGroupBuilder MapQualifications(this RouteGroupBuilder group)
    {
        group.MapListHighTechCertificates();
        group.MapExportHighTechCertificates();
        group.MapRevokeHighTechCertificate();
        group.MapCreateHighTechCertificate();
        group.MapGetQualificationStock();
        group.MapListTechSmeRegistrations();
        group.MapExportTechSmeRegistrations();
        group.MapListGrowthRecognitions();
        group.MapExportGrowthRecognitions();
        group.MapListPoolMemberships();
        group.MapExportPoolMemberships();
        return group;
    }
}
