using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.WorkPlans;

/// <summary>工作要点 module: registration of its services, model, permissions and endpoints.</summary>
public static class WorkPlansModule
{
    public static IModuleModel Model { get; } = new WorkPlansModel();

    public static IServiceCollection AddWorkPlansModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Model);
        services.AddPermissions(WorkPlanPermissions.All);
        services.AddSingleton(configuration.GetSection(PlanReadOptions.Section).Get<PlanReadOptions>() ?? PlanReadOptions.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapWorkPlansEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/work-plans").WithTags("工作要点");
        _ = group;
        return endpoints;
    }
}
