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
        // Chinese text stays readable in the HTML (the default encoder writes every CJK character as &#x…;).
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
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
        // Pages get the Chinese not-found page; the API keeps its status codes and problem details.
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") &&
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            return next(context);
        });
        app.UseKechuangSecurity();
        // Styles and scripts are public so that the anonymous pages (not found, error, later the login) render.
        app.MapStaticAssets().AllowAnonymous();
        return app;
    }
}
