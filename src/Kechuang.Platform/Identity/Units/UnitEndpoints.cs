using Kechuang.Platform.Identity.Units.CreateUnit;
using Kechuang.Platform.Identity.Units.DeactivateUnit;
using Kechuang.Platform.Identity.Units.ListUnits;
using Kechuang.Platform.Identity.Units.RenameUnit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Identity.Units;

internal static class UnitEndpoints
{
    public static IServiceCollection AddUnitUseCases(this IServiceCollection services) => services
        .AddScoped<ListUnits.ListUnits>()
        .AddScoped<CreateUnit.CreateUnit>()
        .AddScoped<RenameUnit.RenameUnit>()
        .AddScoped<DeactivateUnit.DeactivateUnit>();

    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder platform)
    {
        // A 401/403 of an API call must reach the client as such, not be re-executed as the HTML not-found page.
        var group = platform.MapGroup("");
        group.MapListUnits();
        group.MapCreateUnit();
        group.MapRenameUnit();
        group.MapDeactivateUnit();
        return platform;
    }
}
