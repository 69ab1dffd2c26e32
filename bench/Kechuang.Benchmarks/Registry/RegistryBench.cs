using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Kechuang.Modules.Registry;
using Kechuang.Modules.WorkPlans;
using Kechuang.Modules.Registry.Demo;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Benchmarks.Registry;

/// <summary>
/// Registry figures for issue #4, run by ./bench/registry.sh:
/// <list type="bullet">
/// <item><c>registry csv FILE</c>: the real enterprise import (RunImport, 只导入正确的行) of a CSV into a fresh SQLite
/// database, then sqlite3's own <c>.import --csv</c> of the same file as the floor, then the import on PostgreSQL;</item>
/// <item><c>registry xlsx FILE</c>: the import of one .xlsx into a fresh SQLite database with peak memory (run once per
/// file, each in a fresh process, so the peaks compare);</item>
/// <item><c>registry latency ENTERPRISES CONTRACTS PROVIDER [REQUESTS]</c>: generated data written by DemoDataWriter,
/// then warm latency of the enterprise list, search and detail endpoints next to a trivial authenticated GET.</item>
/// </list>
/// </summary>
public static class RegistryBench
{
    public static async Task RunAsync(string[] args)
    {
        switch (args)
        {
            case ["csv", var file]:
                await CsvAsync(file);
                break;
            case ["xlsx", var file]:
                Console.WriteLine(Row(await ImportAsync(DatabaseProvider.Sqlite, file)));
                break;
            case ["latency", var enterprises, var contracts, var provider, .. var rest]:
                await LatencyAsync(int.Parse(enterprises, CultureInfo.InvariantCulture), int.Parse(contracts, CultureInfo.InvariantCulture),
                    Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 200);
                break;
            default:
                Console.Error.WriteLine("usage: registry csv FILE | registry xlsx FILE | registry latency ENTERPRISES CONTRACTS Sqlite|Postgres [REQUESTS]");
                Environment.ExitCode = 2;
                break;
        }
    }

    private sealed record ImportFigures(string Label, DatabaseProvider Provider, ImportCounts Counts, double Seconds, double CpuSeconds,
        long PeakWorkingSet, long PeakHeap);

    // CPU seconds are given beside wall-clock seconds: on a shared machine the wall clock also counts other processes' turns.
    private static string Row(ImportFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"| {f.Label} | {f.Provider} | {f.Counts.Total:N0} | {f.Counts.Inserted:N0} | {f.Counts.Rejected:N0} | {f.Seconds:F1} | {f.CpuSeconds:F1} | {f.Counts.Total / f.Seconds:N0} | {f.PeakWorkingSet / 1048576.0:F0} | {f.PeakHeap / 1048576.0:F0} |");

    private static async Task CsvAsync(string file)
    {
        // A first small import JIT-compiles the whole path, so neither measured variant pays for it.
        var warmUp = Path.Combine(Path.GetTempPath(), $"kechuang-bench-warm-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(warmUp, File.ReadLines(file).Take(5_001), new System.Text.UTF8Encoding(true));
        await ImportAsync(DatabaseProvider.Sqlite, warmUp);
        File.Delete(warmUp);
        var sqlite = await ImportAsync(DatabaseProvider.Sqlite, file);
        Console.WriteLine(Row(sqlite));
        var cached = await ImportAsync(DatabaseProvider.Sqlite, file, largePageCache: true);
        Console.WriteLine(Row(cached));
        var (plain, plainCpu) = await Sqlite3ImportAsync(file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Path.GetFileName(file)} via sqlite3 .import --csv (floor: no validation, no indexes) | sqlite3 | {sqlite.Counts.Total:N0} | | | {plain:F1} | {plainCpu:F1} | {sqlite.Counts.Total / plain:N0} | | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| ratio RunImport ÷ sqlite3 .import (goal ≤ 3×): wall {sqlite.Seconds / plain:F1}×, CPU {sqlite.CpuSeconds / plainCpu:F1}×; with the 256 MB page cache wall {cached.Seconds / plain:F1}×, CPU {cached.CpuSeconds / plainCpu:F1}× | | | | | | | | | |"));
        if (Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable) is { Length: > 0 })
        {
            Console.WriteLine(Row(await ImportAsync(DatabaseProvider.Postgres, file)));
        }
        else
        {
            Console.WriteLine($"| PostgreSQL skipped: {TestPostgres.EnvironmentVariable} is not set | | | | | | | | | |");
        }
    }

    /// <param name="largePageCache">Runs the import on a connection with a 256 MB SQLite page cache (as DemoDataWriter
    /// uses), to show how much of the import's time is index pages spilling to disk.</param>
    private static async Task<ImportFigures> ImportAsync(DatabaseProvider provider, string file, bool largePageCache = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kechuang-bench-imports-" + Guid.NewGuid().ToString("N"));
        await using var database = await TestDatabase.CreateAsync(provider, (_, _) => { }, new Dictionary<string, string?>
        {
            ["Registry:Import:MaxFileBytes"] = (4L * 1024 * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
            ["Registry:Import:Folder"] = folder,
        });
        await using var scope = database.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find("enterprises")!;
        var run = scope.ServiceProvider.GetRequiredService<RunImport>();
        if (largePageCache)
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144");
        }
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var sampler = new MemorySampler();
        var watch = Stopwatch.StartNew();
        var result = await run.ExecuteAsync(import, new ImportSource(Path.GetFileName(file), file), ImportMode.ValidRowsOnly,
            CurrentUser.ServerConsole, CancellationToken.None);
        watch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var (workingSet, heap) = sampler.Stop();
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.Message);
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // No rows were rejected, so no report was written.
        }
        return new ImportFigures(Path.GetFileName(file) + (largePageCache ? " (256 MB page cache)" : ""), provider, result.Value.Counts,
            watch.Elapsed.TotalSeconds, cpuSeconds, workingSet, heap);
    }

    /// <summary>Wall-clock and CPU seconds sqlite3's shell takes to load the same CSV into a fresh database (a plain table, text columns).</summary>
    private static async Task<(double Seconds, double CpuSeconds)> Sqlite3ImportAsync(string file)
    {
        var db = Path.Combine(Path.GetTempPath(), $"kechuang-bench-plain-{Guid.NewGuid():N}.db");
        try
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("bash",
                ["-c", "TIMEFORMAT='%U %S'; time sqlite3 \"$0\" \".import --csv $1 reg_plain\"", db, file])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("bash did not start");
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            watch.Stop();
            var times = error.Trim().Split('\n')[^1].Split(' ');
            if (process.ExitCode != 0 || times.Length != 2)
            {
                throw new InvalidOperationException("sqlite3 .import failed: " + error);
            }
            var cpu = double.Parse(times[0], CultureInfo.InvariantCulture) + double.Parse(times[1], CultureInfo.InvariantCulture);
            return (watch.Elapsed.TotalSeconds, cpu);
        }
        finally
        {
            File.Delete(db);
        }
    }

    /// <summary>Peak working set of the process and peak managed heap, sampled every 20 ms while an import runs.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peakHeap;

        public MemorySampler()
        {
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    Sample();
                    try
                    {
                        await Task.Delay(20, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            });
        }

        private void Sample()
        {
            var heap = Math.Max(GC.GetTotalMemory(false), GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
            if (heap > Interlocked.Read(ref _peakHeap))
            {
                Interlocked.Exchange(ref _peakHeap, heap);
            }
        }

        public (long WorkingSet, long Heap) Stop()
        {
            Sample();
            _stop.Cancel();
            _loop.Wait();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return (process.PeakWorkingSet64, Interlocked.Read(ref _peakHeap));
        }

        public void Dispose() => _stop.Dispose();
    }

    // ---------------------------------------------------------------- latency

    private static async Task LatencyAsync(int enterprises, int contracts, DatabaseProvider provider, int requests)
    {
        await using var factory = new KechuangWebFactory
        {
            Options = new()
            {
                Environment = "Production",
                Demo = false,
                Provider = provider,
                Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Antiforgery"] = "Error" },
            },
        };
        var baseUrl = factory.StartKestrel();
        DemoWriteResult written;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var generator = new DemoDataGenerator(DemoDataGenerator.DemoSeed, enterprises, new DateOnly(2026, 6, 30), contracts);
            var result = await scope.ServiceProvider.GetRequiredService<DemoDataWriter>().WriteAsync(generator, Guid.Empty,
                line => Console.Error.WriteLine($"[{provider}] {line}"), CancellationToken.None);
            written = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
        }
        List<Guid> ids;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<Kechuang.Modules.Registry.Enterprises.Enterprise>()
                .AsNoTracking().Select(e => e.Id).ToListAsync();
        }
        var account = await factory.Services.CreateAccountAsync("bench", [RegistryPermissions.View, WorkPlanPermissions.View]);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseUrl };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Registry latency on {provider}: {written.Counts.Enterprises:N0} enterprises, {written.Counts.TechContracts:N0} contracts, {written.Counts.Total:N0} rows written by DemoDataWriter in {written.Elapsed.TotalSeconds:F0} s ({written.Counts.Total / written.Elapsed.TotalSeconds:N0} rows/s); {requests} sequential warm requests each, token auth, {baseUrl}"));
        Console.WriteLine("| request | median ms | p95 ms | statuses |");
        Console.WriteLine("|---|---:|---:|---|");
        var random = new Random(42);
        await MeasureAsync(http, account.Token, "GET /api/platform/antiforgery (trivial authenticated baseline)", requests, _ => "/api/platform/antiforgery");
        await MeasureAsync(http, account.Token, "GET /api/work-plans/plans (plain list endpoint, baseline)", requests, _ => "/api/work-plans/plans");
        var list = await MeasureAsync(http, account.Token, "GET /api/registry/enterprises?region=610113&page=1&pageSize=20", requests,
            _ => "/api/registry/enterprises?region=610113&page=1&pageSize=20");
        await MeasureAsync(http, account.Token, "GET /api/registry/enterprises?q=秦创&page=1", requests,
            _ => "/api/registry/enterprises?q=" + Uri.EscapeDataString("秦创") + "&page=1");
        await MeasureAsync(http, account.Token, "GET /api/registry/enterprises/{id} (random ids)", requests,
            _ => $"/api/registry/enterprises/{ids[random.Next(ids.Count)]}");
        if (list.All(s => s == HttpStatusCode.NotFound))
        {
            Console.WriteLine("> The enterprise list answered 404: the /api/registry/enterprises endpoints are not built on this branch yet; their figures above are of the 404 path only.");
        }
    }

    private static async Task<IReadOnlyCollection<HttpStatusCode>> MeasureAsync(HttpClient http, string token, string name, int requests, Func<int, string> path)
    {
        async Task<(double Ms, HttpStatusCode Status)> SendAsync(int i)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path(i));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return (watch.Elapsed.TotalMilliseconds, response.StatusCode);
        }
        for (var i = 0; i < 20; i++)
        {
            await SendAsync(i);
        }
        var times = new List<double>(requests);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < requests; i++)
        {
            var (ms, status) = await SendAsync(i);
            times.Add(ms);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {times[times.Count / 2]:F2} | {times[(int)(times.Count * 0.95)]:F2} | {string.Join(" ", statuses.Select(s => $"{(int)s.Key}×{s.Value}"))} |"));
        return statuses.Keys;
    }
}
