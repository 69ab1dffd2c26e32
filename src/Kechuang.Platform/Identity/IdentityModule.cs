using Kechuang.Platform.Access;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.AccessTokens.CreateAccessToken;
using Kechuang.Platform.Identity.AccessTokens.ListAccessTokens;
using Kechuang.Platform.Identity.AccessTokens.RevokeAccessToken;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Identity.Account.ChangeMyPassword;
using Kechuang.Platform.Identity.Account.DisableTwoFactor;
using Kechuang.Platform.Identity.Account.GetMyAccount;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Policy.EditSecurityPolicy;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Identity.Sessions.ListSessions;
using Kechuang.Platform.Identity.Sessions.RevokeSession;
using Kechuang.Platform.Identity.SignIn;
using Kechuang.Platform.Identity.Roles;
using Kechuang.Platform.Identity.Units;
using Kechuang.Platform.Identity.Users;
using Kechuang.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Platform.Identity;

/// <summary>
/// Accounts, roles, units, sessions, tokens and sign-in (the parts the web host, the CLI and the tests share).
/// The web host adds the cookie and token schemes and the policies on top (Kechuang.Web/Hosting/Security.cs).
/// </summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(PlatformPermissions.All);
        services.AddDataProtection();
        services.AddIdentityCore<KechuangUser>(options =>
            {
                // Our PolicyPasswordValidator applies the security administrator's rules instead.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<KechuangRole>()
            .AddEntityFrameworkStores<KechuangDbContext>()
            .AddUserManager<KechuangUserManager>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddDefaultTokenProviders();
        services.TryAddSingleton<SecurityPolicies>();
        services.TryAddSingleton<AccessSnapshots>();
        services.TryAddSingleton<Kechuang.Platform.Identity.AccessTokens.AccessTokenCache>();
        services.TryAddSingleton<SessionGuard>();
        services.TryAddSingleton<LoginThrottle>();
        services.TryAddSingleton<Captcha>();
        services.AddScoped<IdentityBootstrap>();
        services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<TwoFactor>();
        services.AddAuditTrail(configuration);
        services.AddScoped<GetMyAccount>();
        services.AddScoped<ChangeMyPassword>();
        services.AddScoped<DisableTwoFactor>();
        services.AddScoped<CreateAccessToken>();
        services.AddScoped<ListAccessTokens>();
        services.AddScoped<RevokeAccessToken>();
        services.AddScoped<GetSecurityPolicy>();
        services.AddScoped<EditSecurityPolicy>();
        services.AddScoped<ListSessions>();
        services.AddScoped<RevokeSession>();
        services.TryAddSingleton(sp => PersonalData.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IDataProtectionProvider>()));
        services.AddUnitUseCases();
        services.AddUserUseCases();
        services.AddRoleUseCases();
        return services;
    }

    /// <summary>The platform's own API: <c>/api/platform/…</c> (units, users, roles, sessions, policy, tokens, audit).</summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/platform").WithTags("平台管理");
        group.MapAuditEndpoints();
        group.MapMyAccountEndpoints();
        group.MapSecurityPolicyEndpoints();
        group.MapSessionEndpoints();
        group.MapUnitEndpoints();
        group.MapUserEndpoints();
        group.MapRoleEndpoints();
        return endpoints;
    }
}
