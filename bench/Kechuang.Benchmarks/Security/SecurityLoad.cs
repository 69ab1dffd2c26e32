using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kechuang.Modules.WorkPlans;
using Kechuang.Modules.WorkPlans.Plans.EditPlan;
using Kechuang.Modules.WorkPlans.Plans.ListPlans;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Benchmarks.Security;

/// <summary>
/// Load figures for issue #3, all in one run on loopback so the ratios are comparable on a noisy machine:
/// requests/s of a public static file (the plain baseline), of an anonymous API call refused with 401, of the plans
/// API with a personal access token and with a session cookie, of an audited API write, and of full sign-ins; then
/// the audit trail's share of a write, measured in-process as the same EditPlan save with and without the recorder.
/// Usage: ./bench/security.sh [seconds-per-scenario] [concurrency]
/// </summary>
public static class SecurityLoad
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        await using var factory = new KechuangWebFactory { Options = new() { Environment = "Production" } };
        var baseUrl = factory.StartKestrel();
        var account = await factory.Services.CreateAccountAsync("bench", [WorkPlanPermissions.View, WorkPlanPermissions.Edit]);
        Guid planId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            planId = (await scope.ServiceProvider.GetRequiredService<ListPlans>().ExecuteAsync(new ListPlansQuery(), CancellationToken.None)).First().Id;
        }
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl };
        var cookie = await SessionCookieAsync(baseUrl, account);

        Console.WriteLine($"# Security load, {seconds} s per scenario, {concurrency} concurrent clients, {baseUrl}");
        Console.WriteLine("| scenario | requests/s | mean ms | statuses |");
        Console.WriteLine("|---|---:|---:|---|");
        await Scenario("public static file GET /favicon.svg (baseline)", seconds, concurrency, () => http.SendAsync(Get("/favicon.svg")));
        await Scenario("anonymous GET /api/work-plans/plans → 401", seconds, concurrency, () => http.SendAsync(Get("/api/work-plans/plans")));
        await Scenario("token GET /api/platform/antiforgery (trivial endpoint)", seconds, concurrency, () => http.SendAsync(Get("/api/platform/antiforgery", bearer: account.Token)));
        await Scenario("cookie GET /api/platform/antiforgery (trivial endpoint)", seconds, concurrency, () => http.SendAsync(Get("/api/platform/antiforgery", cookie: cookie)));
        await Scenario("token GET /api/work-plans/plans", seconds, concurrency, () => http.SendAsync(Get("/api/work-plans/plans", bearer: account.Token)));
        await Scenario("cookie GET /api/work-plans/plans", seconds, concurrency, () => http.SendAsync(Get("/api/work-plans/plans", cookie: cookie)));
        await using var unaudited = new KechuangWebFactory { Options = new() { Environment = "Production" } };
        // The same host with the audit recorder left out of the context: the baseline for "with and without auditing".
        unaudited.ConfigureTestServices(services => services.AddScoped(provider => new KechuangDbContext(
            provider.GetRequiredService<DbContextOptions<KechuangDbContext>>(), provider.GetRequiredService<ModuleModels>(), audit: null)));
        var unauditedUrl = unaudited.StartKestrel();
        var unauditedAccount = await unaudited.Services.CreateAccountAsync("bench", [WorkPlanPermissions.View, WorkPlanPermissions.Edit]);
        using var unauditedHttp = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = unauditedUrl };
        Guid unauditedPlanId;
        await using (var scope = unaudited.Services.CreateAsyncScope())
        {
            unauditedPlanId = (await scope.ServiceProvider.GetRequiredService<ListPlans>().ExecuteAsync(new ListPlansQuery(), CancellationToken.None)).First().Id;
        }
        for (var round = 0; round < 2; round++)
        {
            await Scenario("token PATCH plan title, audit trail off (baseline host)", seconds, 1, () => EditTitleAsync(unauditedHttp, unauditedPlanId, unauditedAccount.Token));
            await Scenario("token PATCH plan title, audited (SM3 chain)", seconds, 1, () => EditTitleAsync(http, planId, account.Token));
        }
        await Scenario("sign-in (GET form + POST credentials)", seconds, 1, async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
            var response = await TestAccounts.PostLoginAsync(client, account.UserName, account.Password);
            return response;
        });
        await AuditShareAsync(factory, planId);
    }

    private static async Task<HttpResponseMessage> EditTitleAsync(HttpClient http, Guid planId, string token)
    {
        using var current = await http.SendAsync(Get($"/api/work-plans/plans/{planId}", bearer: token));
        var version = (await current.Content.ReadFromJsonAsync<PlanVersion>())!.Version;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/work-plans/plans/{planId}")
        {
            Content = JsonContent.Create(new { version, details = new { title = $"2021年西安市科技工作要点（{version}）", planYear = 2021 } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task AuditShareAsync(KechuangWebFactory factory, Guid planId)
    {
        const int Rounds = 300;
        await TimeEditsAsync(factory, planId, 50, withAudit: true);
        await TimeEditsAsync(factory, planId, 50, withAudit: false);
        var audits = new List<double>();
        var plains = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            plains.Add(await TimeEditsAsync(factory, planId, Rounds, withAudit: false));
            audits.Add(await TimeEditsAsync(factory, planId, Rounds, withAudit: true));
        }
        var audited = audits.Order().ElementAt(2);
        var plain = plains.Order().ElementAt(2);
        Console.WriteLine();
        Console.WriteLine($"# Audit share of a write: EditPlan save, {Rounds} edits per run, median of 5 interleaved runs, same database");
        Console.WriteLine("| variant | ms per write |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| without audit recorder | {plain:F3} |");
        Console.WriteLine($"| with SM3-chained audit entry | {audited:F3} |");
        Console.WriteLine($"| audit overhead | {(audited / plain - 1) * 100:F1} % |");
    }

    private static async Task<double> TimeEditsAsync(KechuangWebFactory factory, Guid planId, int rounds, bool withAudit)
    {
        var services = factory.Services;
        var options = new DbContextOptionsBuilder<KechuangDbContext>();
        DatabaseRegistration.Configure(options, factory.Database);
        var watch = new Stopwatch();
        for (var i = 0; i < rounds; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var recorder = withAudit ? scope.ServiceProvider.GetRequiredService<AuditRecorder>() : null;
            await using var db = new KechuangDbContext(options.Options, services.GetRequiredService<ModuleModels>(), recorder);
            var version = await db.Set<Kechuang.Modules.WorkPlans.Plans.WorkPlan>().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
            var edit = new EditPlan(db);
            watch.Start();
            var result = await edit.ExecuteAsync(planId, new PlanEdit(version, Details: new PlanDetailsEdit($"2021年西安市科技工作要点 {i}", "西安市科学技术局", null, null, 2021)), CancellationToken.None);
            watch.Stop();
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Error.Message);
            }
        }
        return watch.Elapsed.TotalMilliseconds / rounds;
    }

    private static async Task Scenario(string name, int seconds, int concurrency, Func<Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < 20; i++)
        {
            (await send()).Dispose();
        }
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        var count = 0L;
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (stop.Elapsed < until)
            {
                using var response = await send();
                await response.Content.LoadIntoBufferAsync();
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                Interlocked.Increment(ref count);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        Console.WriteLine($"| {name} | {count / elapsed:F0} | {elapsed * 1000 * concurrency / count:F2} | {string.Join(" ", statuses.Select(s => $"{(int)s.Key}×{s.Value}"))} |");
    }

    private static HttpRequestMessage Get(string path, string? bearer = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return request;
    }

    private static async Task<string> SessionCookieAsync(Uri baseUrl, TestAccount account)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        using var response = await TestAccounts.PostLoginAsync(client, account.UserName, account.Password);
        return cookies.GetCookieHeader(baseUrl);
    }

    private sealed record PlanVersion(int Version);
}
