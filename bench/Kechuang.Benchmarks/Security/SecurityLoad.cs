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
        const int Rounds = 600;
        // Interleaved at the level of single saves (plain, audited, plain, …) and compared by median and by total,
        // so a burst of noise on this shared machine falls on both variants alike.
        for (var i = 0; i < 50; i++)
        {
            await TimeEditAsync(factory, planId, i, withAudit: i % 2 == 0);
        }
        var plain = new List<double>(Rounds);
        var audited = new List<double>(Rounds);
        for (var i = 0; i < Rounds; i++)
        {
            plain.Add(await TimeEditAsync(factory, planId, 2 * i, withAudit: false));
            audited.Add(await TimeEditAsync(factory, planId, 2 * i + 1, withAudit: true));
        }
        var plainMedian = Median(plain);
        var auditedMedian = Median(audited);
        Console.WriteLine();
        Console.WriteLine($"# Audit share of a write: the EditPlan use case's save, {Rounds} pairs of saves interleaved one by one, same database");
        Console.WriteLine("| variant | median ms per write | mean ms per write |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| without audit recorder | {plainMedian:F3} | {plain.Average():F3} |");
        Console.WriteLine($"| with SM3-chained audit entry | {auditedMedian:F3} | {audited.Average():F3} |");
        Console.WriteLine($"| audit overhead | {(auditedMedian / plainMedian - 1) * 100:F1} % | {(audited.Average() / plain.Average() - 1) * 100:F1} % |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task<double> TimeEditAsync(KechuangWebFactory factory, Guid planId, int round, bool withAudit)
    {
        var services = factory.Services;
        var options = new DbContextOptionsBuilder<KechuangDbContext>();
        DatabaseRegistration.Configure(options, factory.Database);
        await using var scope = services.CreateAsyncScope();
        var recorder = withAudit ? scope.ServiceProvider.GetRequiredService<AuditRecorder>() : null;
        await using var db = new KechuangDbContext(options.Options, services.GetRequiredService<ModuleModels>(), recorder);
        var version = await db.Set<Kechuang.Modules.WorkPlans.Plans.WorkPlan>().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
        var edit = new EditPlan(db);
        var watch = Stopwatch.StartNew();
        var result = await edit.ExecuteAsync(planId, new PlanEdit(version, Details: new PlanDetailsEdit($"2021年西安市科技工作要点 {round}", "西安市科学技术局", null, null, 2021)), CancellationToken.None);
        watch.Stop();
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.Message);
        }
        return watch.Elapsed.TotalMilliseconds;
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
