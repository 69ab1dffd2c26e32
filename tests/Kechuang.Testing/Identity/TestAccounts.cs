using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Identity.AccessTokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Testing.Identity;

/// <summary>An account made for a test, with its password and a personal access token carrying all its permissions.</summary>
public sealed record TestAccount(Guid UserId, string UserName, string Password, Guid UnitId, Guid RoleId, string Token);

/// <summary>
/// Real accounts for tests, made through the real user manager (so passwords, roles and audit are real):
/// <code>
/// var planner = await factory.Services.CreateAccountAsync("planner", [WorkPlanPermissions.Import]);
/// using var client = factory.CreateClient(planner);          // Bearer token
/// using var browserLike = await factory.SignInAsync(planner); // session cookie via the login form
/// </code>
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "Test@Passw0rd";

    public static async Task<TestAccount> CreateAccountAsync(
        this IServiceProvider services,
        string userName,
        IReadOnlyList<string> permissions,
        DataScopeKind scope = DataScopeKind.All,
        AdminDuty duty = AdminDuty.None,
        string? unitName = null,
        UnitKind unitKind = UnitKind.Division,
        string? unitCode = null,
        string? parentUnitName = null,
        IReadOnlyList<string>? regions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope_ = services.CreateAsyncScope();
        var provider = scope_.ServiceProvider;
        var db = provider.GetRequiredService<KechuangDbContext>();
        var users = provider.GetRequiredService<KechuangUserManager>();
        var clock = provider.GetRequiredService<TimeProvider>();

        var root = await db.Set<Unit>().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync();
        if (root is null)
        {
            root = Unit.Create(null, UnitKind.Bureau, "测试市科学技术局", "610100");
            db.Set<Unit>().Add(root);
        }
        var unit = root;
        if (unitName is not null)
        {
            unit = await db.Set<Unit>().FirstOrDefaultAsync(u => u.Name == unitName) ?? default!;
            if (unit is null)
            {
                var parent = parentUnitName is null ? root : await db.Set<Unit>().FirstAsync(u => u.Name == parentUnitName);
                unit = Unit.Create(parent, unitKind, unitName, unitCode);
                db.Set<Unit>().Add(unit);
            }
        }
        var role = new KechuangRole
        {
            Id = Guid.CreateVersion7(),
            Name = "test-" + userName,
            NormalizedName = ("test-" + userName).ToUpperInvariant(),
            DisplayName = "测试角色 " + userName,
            Duty = duty,
            Scope = scope,
            ScopeRegions = regions is null ? null : string.Join(',', regions),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        role.Permissions.AddRange(permissions.Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        db.Set<KechuangRole>().Add(role);
        await db.SaveChangesAsync();

        var user = new KechuangUser
        {
            UserName = userName,
            DisplayName = "测试 " + userName,
            UnitId = unit.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role.Name);
        await Passwords.RecordAsync(db, user, clock, mustChange: false, CancellationToken.None);

        var token = AccessTokenAuthenticationHandler.NewToken();
        db.Set<AccessToken>().Add(new AccessToken
        {
            UserId = user.Id,
            Name = "test",
            Prefix = token[..8],
            TokenHash = AccessTokenAuthenticationHandler.Hash(token),
            Permissions = string.Join(',', permissions),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(30),
        });
        await db.SaveChangesAsync();
        provider.GetRequiredService<AccessSnapshots>().Invalidate(user.Id);
        return new TestAccount(user.Id, userName, Password, unit.Id, role.Id, token);
    }

    /// <summary>A Bearer-token client of a fresh account holding exactly these permissions (scope: all data).</summary>
    public static async Task<HttpClient> CreateClientWithAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, params string[] permissions)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var account = await factory.Services.CreateAccountAsync("t" + Guid.NewGuid().ToString("N")[..12], permissions);
        return factory.CreateClient(account);
    }

    /// <summary>A client that authenticates with the account's personal access token.</summary>
    public static HttpClient CreateClient<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, TestAccount account,
        WebApplicationFactoryClientOptions? options = null)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(account);
        var client = factory.CreateClient(options ?? new WebApplicationFactoryClientOptions());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        return client;
    }

    /// <summary>A client holding a session cookie, signed in through the real login form (the account must need no further step).</summary>
    public static async Task<HttpClient> SignInAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, string userName, string password)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostLoginAsync(client, userName, password);
        var location = response.Headers.Location?.ToString() ?? "";
        if ((int)response.StatusCode != 302 || location.Contains("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {userName} did not start a session: {(int)response.StatusCode} → {location}");
        }
        return client;
    }

    public static Task<HttpClient> SignInAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, TestAccount account)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(account);
        return factory.SignInAsync(account.UserName, account.Password);
    }

    /// <summary>Posts the login form (with its antiforgery token) and returns the raw response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? captchaAnswer = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = FormToken(page),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
        if (CaptchaToken().Match(page) is { Success: true } captcha)
        {
            fields["Input.CaptchaToken"] = System.Net.WebUtility.HtmlDecode(captcha.Groups[1].Value);
            fields["Input.CaptchaAnswer"] = captchaAnswer ?? "";
        }
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form of a page.</summary>
    public static string FormToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>The current authenticator code of an account with two-factor authentication enrolled.</summary>
    public static async Task<string> CurrentTotpAsync(this IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{userName} has no authenticator key.");
        return Totp.Code(key, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"Input.CaptchaToken\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaToken();
}
