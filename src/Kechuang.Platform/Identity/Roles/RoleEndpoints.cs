using Kechuang.Platform.Identity.Roles.CreateRole;
using Kechuang.Platform.Identity.Roles.DeleteRole;
using Kechuang.Platform.Identity.Roles.ListRoles;
using Kechuang.Platform.Identity.Roles.SetRolePermissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Identity.Roles;

internal static class RoleEndpoints
{
    public static IServiceCollection AddRoleUseCases(this IServiceCollection services) => services
        .AddScoped<ListRoles.ListRoles>()
        .AddScoped<CreateRole.CreateRole>()
        .AddScoped<SetRolePermissions.SetRolePermissions>()
        .AddScoped<DeleteRole.DeleteRole>();

    public static RouteGroupBuilder MapRoleEndpoints(this RouteGroupBuilder platform)
    {
        // A 401/403 of an API call must reach the client as such, not be re-executed as the HTML not-found page.
        var group = platform.MapGroup("");
        group.MapListRoles();
        group.MapCreateRole();
        group.MapSetRolePermissions();
        group.MapDeleteRole();
        return platform;
    }
}
