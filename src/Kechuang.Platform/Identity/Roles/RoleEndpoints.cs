using Kechuang.Platform.Identity.Roles.CreateRole;
using Kechuang.Platform.Identity.Roles.DeleteRole;
using Kechuang.Platform.Identity.Roles.EditRole;
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
        .AddScoped<EditRole.EditRole>()
        .AddScoped<SetRolePermissions.SetRolePermissions>()
        .AddScoped<DeleteRole.DeleteRole>();

    public static RouteGroupBuilder MapRoleEndpoints(this RouteGroupBuilder platform)
    {
        var group = platform.MapGroup("");
        group.MapListRoles();
        group.MapCreateRole();
        group.MapEditRole();
        group.MapSetRolePermissions();
        group.MapDeleteRole();
        return platform;
    }
}
