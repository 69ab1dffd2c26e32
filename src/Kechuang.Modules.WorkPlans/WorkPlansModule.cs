using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Plans.EditPlan;
using Kechuang.Modules.WorkPlans.Plans.GetPlan;
using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Modules.WorkPlans.Plans.SearchPlan;
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
        services.AddScoped<PreviewPlanImport>();
        services.AddScoped<ImportPlan>();
        services.AddScoped<ListPlans>();
        services.AddScoped<GetPlan>();
        services.AddScoped<SearchPlan>();
        services.AddScoped<EditPlan>();
        services.AddScoped<IDemoSeeder, DemoPlanSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkPlansEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/work-plans").WithTags("工作要点");
        group.MapListPlans();
        group.MapGetPlan();
        group.MapSearchPlan();
        group.MapImportPlan();
        group.MapEditPlan();
        return endpoints;
    }
}
