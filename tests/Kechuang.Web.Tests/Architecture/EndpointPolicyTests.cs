using System.Reflection;
using Kechuang.Testing.Web;
using Kechuang.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Architecture;

/// <summary>Default deny needs every door to name its policy (or to say that it is public); these tests fail when one does not.</summary>
public sealed class EndpointPolicyTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    [Fact]
    public void EveryEndpoint_DeclaresAnAuthorizationPolicy()
    {
        var endpoints = AppEndpoints();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null &&
                        !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrWhiteSpace(a.Policy)))
            .Where(e => FrameworkExclusion(e) is null)
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(undeclared.Count == 0,
            "Endpoints without .RequireAuthorization(<policy>) or .AllowAnonymous():\n  " + string.Join("\n  ", undeclared));
    }

    [Fact]
    public void EndpointsThatCarryAPolicy_NameAPolicyThatExists()
    {
        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        var unknown = AppEndpoints()
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Where(a => a.Policy is not null)
                .Select(a => (Endpoint: e, a.Policy)))
            .Where(x => policies.GetPolicyAsync(x.Policy!).GetAwaiter().GetResult() is null)
            .Select(x => $"{Describe(x.Endpoint)} → {x.Policy}")
            .ToList();

        Assert.True(unknown.Count == 0, "Endpoints naming a policy nobody registered:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void EveryRoutablePage_DeclaresAPolicy()
    {
        var pages = PageAssemblies()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IComponent).IsAssignableFrom(type) && type.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        var undeclared = pages
            .Where(page => page.GetCustomAttribute<AllowAnonymousAttribute>() is null &&
                           !page.GetCustomAttributes<AuthorizeAttribute>().Any(a => !string.IsNullOrWhiteSpace(a.Policy)))
            .Select(page => $"{page.FullName} ({string.Join(", ", page.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(pages);
        Assert.True(undeclared.Count == 0,
            "Pages without @attribute [Authorize(Policy = ...)] or [AllowAnonymous]:\n  " + string.Join("\n  ", undeclared));
    }

    [Fact]
    public void TheArchitectureTest_SeesTheHostsOwnEndpoints()
    {
        var routes = AppEndpoints().Select(e => e.RoutePattern.RawText).ToList();

        Assert.Contains("/api/openapi/{documentName}.json", routes);
        Assert.Contains("/", routes);
        Assert.Contains("/not-found", routes);
    }

    private static IEnumerable<Assembly> PageAssemblies() => [typeof(Program).Assembly, .. ModuleAssemblies.Pages];

    private List<RouteEndpoint> AppEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>
    /// Endpoints the framework maps for itself, which carry no policy of ours, each with the reason it may:
    /// they are governed by the fallback policy (which denies outside demo mode) and expose no data of their own.
    /// </summary>
    private static string? FrameworkExclusion(RouteEndpoint endpoint)
    {
        var route = endpoint.RoutePattern.RawText ?? "";
        if (endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor"))
        {
            return "static file from wwwroot or a package (MapStaticAssets): css, js, fonts";
        }
        if (route == "{**path:file}" && endpoint.DisplayName == "Fallback {**path:file}")
        {
            return "MapStaticAssets' Development-only fallback for files added to wwwroot after the build";
        }
        if (route.StartsWith("/_blazor", StringComparison.Ordinal))
        {
            return "Blazor Server circuit hub (negotiate, websocket, disconnect, initializers); pages are authorized when routed";
        }
        if (route.StartsWith("/_framework/", StringComparison.Ordinal))
        {
            return "Blazor framework script (blazor.web.js and friends)";
        }
        return null;
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        return $"{(methods.Count == 0 ? "ANY" : string.Join("|", methods))} {endpoint.RoutePattern.RawText} [{endpoint.DisplayName}]";
    }
}
