using Kechuang.Platform.Access;
using Kechuang.Platform.Audit.ExportAudit;
using Kechuang.Platform.Audit.PurgeExpired;
using Kechuang.Platform.Audit.SearchAudit;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Audit.WriteCheckpoint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Platform.Audit;

/// <summary>The audit trail's use cases (verify, checkpoint, retention, search, export) and their endpoints.</summary>
public static class AuditRegistration
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(AuditOptions.FromConfiguration(configuration));
        services.TryAddScoped<VerifyAuditTrail>();
        services.TryAddScoped<WriteAuditCheckpoint>();
        services.TryAddScoped<PurgeExpiredAuditEntries>();
        services.TryAddScoped<SearchAuditTrail>();
        services.TryAddScoped<ExportAuditTrail>();
        return services;
    }

    /// <summary>The periodic checkpoint writer; only the web host runs it.</summary>
    public static IServiceCollection AddAuditCheckpoints(this IServiceCollection services)
    {
        services.AddHostedService<AuditCheckpointService>();
        return services;
    }

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var audit = group.MapGroup("/audit").RequireAuthorization(PlatformPermissions.AuditRead);
        audit.MapVerifyAudit();
        audit.MapSearchAudit();
        audit.MapExportAudit();
        return group;
    }
}
