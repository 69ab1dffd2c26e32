using Kechuang.Platform.Access;
using Scalar.AspNetCore;

namespace Kechuang.Web.Hosting;

public static class Api
{
    public static IServiceCollection AddKechuangApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "科创 Kechuang API";
                document.Info.Description = "科技创新治理平台接口：工作要点、任务台账、创新主体与评价。";
                document.Info.Version = "v1";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapKechuangApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").RequireAuthorization(PlatformPermissions.ApiDocs);
        app.MapScalarApiReference("/api/docs", options =>
        {
            options.WithTitle("科创 Kechuang API 文档")
                .WithOpenApiRoutePattern("/api/openapi/{documentName}.json");
        }).RequireAuthorization(PlatformPermissions.ApiDocs);
        return app;
    }

}
