using Kechuang.Platform.Identity.Users.AssignRoles;
using Kechuang.Platform.Identity.Users.CreateUser;
using Kechuang.Platform.Identity.Users.DisableUser;
using Kechuang.Platform.Identity.Users.EditUserProfile;
using Kechuang.Platform.Identity.Users.ListUsers;
using Kechuang.Platform.Identity.Users.MoveUser;
using Kechuang.Platform.Identity.Users.ResetPassword;
using Kechuang.Platform.Identity.Users.RevealPersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Identity.Users;

internal static class UserEndpoints
{
    public static IServiceCollection AddUserUseCases(this IServiceCollection services) => services
        .AddScoped<ListUsers.ListUsers>()
        .AddScoped<LoadUserFormOptions>()
        .AddScoped<CreateUser.CreateUser>()
        .AddScoped<EditUserProfile.EditUserProfile>()
        .AddScoped<MoveUser.MoveUser>()
        .AddScoped<SetUserDisabled>()
        .AddScoped<ResetPassword.ResetPassword>()
        .AddScoped<AssignRoles.AssignRoles>()
        .AddScoped<RevealPersonalData.RevealPersonalData>();

    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder platform)
    {
        // A 401/403 of an API call must reach the client as such, not be re-executed as the HTML not-found page.
        var group = platform.MapGroup("");
        group.MapListUsers();
        group.MapCreateUser();
        group.MapEditUserProfile();
        group.MapMoveUser();
        group.MapDisableUser();
        group.MapResetPassword();
        group.MapAssignRoles();
        group.MapRevealPersonalData();
        return platform;
    }
}
