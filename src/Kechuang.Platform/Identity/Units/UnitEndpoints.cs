using Kechuang.Platform.Identity.Units.CreateUnit;
using Kechuang.Platform.Identity.Units.DeactivateUnit;
using Kechuang.Platform.Identity.Units.ListUnits;
using Kechuang.Platform.Identity.Units.RenameUnit;
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

    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder group)
    {
        group.MapListUnits();
        group.MapCreateUnit();
        group.MapRenameUnit();
        group.MapDeactivateUnit();
        return group;
    }
}
