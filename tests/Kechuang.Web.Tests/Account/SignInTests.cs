using System.Net;
using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Access;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Testing;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Account;

public sealed partial class SignInTests
{
    [Fact]
    public async Task DemoPlanner_SignsInWithTheShownPassword_AndReadsThePlans()
    {
        await using var factory = new KechuangWebFactory();

        using var client = await factory.SignInAsync("demo.planner", DemoAccountsSeeder.Password);
        using var response = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var login = await LastEntryAsync(factory, AuditActions.Login);
        Assert.Equal("demo.planner", login.UserName);
        Assert.Equal(AuditOutcome.Success, login.Outcome);
    }

    [Fact]
    public async Task LoginPage_InDemoMode_ShowsTheDemoBannerAndAccounts()
    {
        await using var factory = new KechuangWebFactory();
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Contains("演示环境", page, StringComparison.Ordinal);
        Assert.Contains(DemoAccountsSeeder.Password, page, StringComparison.Ordinal);
        Assert.Contains("demo.auditor", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionMode_CreatesOnlyTheFirstAdministrator_WhoMustChangeThePassword()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Demo = false } };
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        Assert.DoesNotContain("演示环境", page, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var users = await db.Set<KechuangUser>().ToListAsync();
        var admin = Assert.Single(users);
        Assert.Equal(IdentityBootstrap.FirstAdministratorUserName, admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.Empty(await db.Set<Kechuang.Platform.Audit.AuditEntry>().Where(e => e.Detail != null && e.Detail.Contains("demo.")).ToListAsync());
    }

    [Fact]
    public async Task AccountThatMustChangeItsPassword_IsLedThroughTheChange_ThenReachesTheReturnUrl()
    {
        await using var factory = new KechuangWebFactory();
        var account = await factory.Services.CreateAccountAsync("newcomer", [WorkPlanPermissions.View]);
        await SetAsync(factory, db => db.Set<KechuangUser>().Where(u => u.Id == account.UserId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, true)));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var login = await TestAccounts.PostLoginAsync(client, account.UserName, account.Password);
        Assert.StartsWith("/account/login/change-password", login.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var blocked = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, blocked.StatusCode);

        var form = await client.GetStringAsync(new Uri(login.Headers.Location!.PathAndQuery, UriKind.Relative));
        using var tooSimple = await PostFormAsync(client, login.Headers.Location!.PathAndQuery, "change-password", form,
            ("Input.Current", account.Password), ("Input.New", "abcdefghijk"), ("Input.Confirm", "abcdefghijk"));
        Assert.Contains("至少 3 类", WebUtility.HtmlDecode(await tooSimple.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var changed = await PostFormAsync(client, login.Headers.Location!.PathAndQuery, "change-password", form,
            ("Input.Current", account.Password), ("Input.New", "Brand-New#2027"), ("Input.Confirm", "Brand-New#2027"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var allowed = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task DemoSystemAdministrator_NeedsTheAuthenticatorCode_AndCannotReadBusinessData()
    {
        await using var factory = new KechuangWebFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var login = await TestAccounts.PostLoginAsync(client, "demo.sysadmin", DemoAccountsSeeder.Password);
        Assert.StartsWith("/account/login/two-factor", login.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var form = await client.GetStringAsync(new Uri(login.Headers.Location!.PathAndQuery, UriKind.Relative));
        Assert.Contains("演示环境：该演示账号当前的验证码是", form, StringComparison.Ordinal);
        using var wrong = await PostFormAsync(client, login.Headers.Location!.PathAndQuery, "two-factor", form, ("Input.Code", "000000"));
        Assert.Contains("验证码不正确", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var code = await factory.Services.CurrentTotpAsync("demo.sysadmin");
        using var verified = await PostFormAsync(client, login.Headers.Location!.PathAndQuery, "two-factor", form, ("Input.Code", code));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);

        using var business = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, business.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndTheRightPasswordIsThenRefusedToo()
    {
        await using var factory = new KechuangWebFactory();
        await SetPolicyAsync(factory, p => p.CaptchaAfterFailures = 0);
        var account = await factory.Services.CreateAccountAsync("locksmith", [WorkPlanPermissions.View]);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await TestAccounts.PostLoginAsync(client, account.UserName, "Wrong#Passw0rd");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await TestAccounts.PostLoginAsync(client, account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已锁定", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var refused = await LastEntryAsync(factory, AuditActions.LoginFailed);
        Assert.Equal("账号已锁定", refused.Detail);
    }

    [Fact]
    public async Task AfterThreeFailures_ACaptchaIsRequired_AndOnlyTheRightAnswerLetsTheRightPasswordIn()
    {
        await using var factory = new KechuangWebFactory();
        var account = await factory.Services.CreateAccountAsync("captcha", [WorkPlanPermissions.View]);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            (await TestAccounts.PostLoginAsync(client, account.UserName, "Wrong#Passw0rd")).Dispose();
        }

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Contains("data-testid=\"captcha-image\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,iVBOR", page, StringComparison.Ordinal);
        using var withoutAnswer = await TestAccounts.PostLoginAsync(client, account.UserName, account.Password, "ZZZZ");
        Assert.Contains("验证码不正确", WebUtility.HtmlDecode(await withoutAnswer.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var loginPage = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = WebUtility.HtmlDecode(CaptchaToken().Match(loginPage).Groups[1].Value);
        var answer = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Kechuang.Captcha.v1").Unprotect(token).Split('|')[2];
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = TestAccounts.FormToken(loginPage),
            ["Input.UserName"] = account.UserName,
            ["Input.Password"] = account.Password,
            ["Input.CaptchaToken"] = token,
            ["Input.CaptchaAnswer"] = answer.ToLowerInvariant(),
        });
        using var signedIn = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task IdleSession_IsEndedAfterTheTimeout_AndTheNextRequestGoesToTheLoginPage()
    {
        var clock = new ShiftableClock();
        await using var factory = new KechuangWebFactory();
        factory.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        var account = await factory.Services.CreateAccountAsync("idler", [WorkPlanPermissions.View]);
        using var client = await factory.SignInAsync(account);
        using (var fresh = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(31));
        using var stale = await client.GetAsync(new Uri("/work-plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/account/login", stale.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var expired = await LastEntryAsync(factory, AuditActions.SessionExpired);
        Assert.Equal(account.UserId, expired.UserId);
    }

    [Fact]
    public async Task SigningOut_EndsTheServerSideSession()
    {
        await using var factory = new KechuangWebFactory();
        var account = await factory.Services.CreateAccountAsync("leaver", [WorkPlanPermissions.View]);
        using var client = await factory.SignInAsync(account);
        var home = await client.GetStringAsync(new Uri("/work-plans", UriKind.Relative));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestAccounts.FormToken(home) });
        using var logout = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var sessions = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<UserSession>()
            .Where(s => s.UserId == account.UserId).ToListAsync();
        Assert.All(sessions, s => Assert.Equal(SessionEndReason.SignedOut, s.EndReason));
    }

    [Fact]
    public async Task LoginAttempts_AreRateLimitedPerClient()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Settings = new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" } } };
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = TestAccounts.FormToken(page),
                ["Input.UserName"] = "nobody", ["Input.Password"] = "x",
            });
            using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        await using var factory = new KechuangWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self';", csp);
        Assert.DoesNotContain("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ProductionEnvironment_SendsHsts()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Demo = false, Environment = "Production" } };
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kechuang.example.gov.cn") });

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    private static async Task<AuditEntry> LastEntryAsync(KechuangWebFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<AuditEntry>()
            .Where(e => e.Action == action).OrderByDescending(e => e.Sequence).FirstAsync();
    }

    private static async Task SetAsync(KechuangWebFactory factory, Func<KechuangDbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<KechuangDbContext>());
        scope.ServiceProvider.GetRequiredService<AccessSnapshots>().InvalidateAll();
    }

    internal static async Task SetPolicyAsync(KechuangWebFactory factory, Action<SecurityPolicy> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var policy = await db.Set<SecurityPolicy>().SingleOrDefaultAsync();
        if (policy is null)
        {
            policy = new SecurityPolicy();
            db.Set<SecurityPolicy>().Add(policy);
        }
        change(policy);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<SecurityPolicies>().Set(policy);
    }

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string handler, string page, params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string> { ["_handler"] = handler, ["__RequestVerificationToken"] = TestAccounts.FormToken(page) };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"Input.CaptchaToken\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaToken();
}
