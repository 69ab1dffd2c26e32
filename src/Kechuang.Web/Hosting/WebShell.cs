using System.Globalization;
using Kechuang.Platform.Audit;
using Kechuang.Web.Hosting.Security;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace Kechuang.Web.Hosting;

public static class WebShell
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static IServiceCollection AddKechuangWebShell(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddKechuangSecurity(configuration);
        services.AddAuditCheckpoints();
        return services;
    }

    public static WebApplication UseKechuangWebShell(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese],
            SupportedUICultures = [Chinese],
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseKechuangSecurity();
        // Styles and scripts are public so that the anonymous pages (not found, error, later the login) render.
        app.MapStaticAssets().AllowAnonymous();
        return app;
    }
}
