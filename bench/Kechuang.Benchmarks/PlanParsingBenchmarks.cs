using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Benchmarks;

/// <summary>
/// Parsing a plan end to end (decode → layout repair → structure → targets → diagnostics). Targets: each sample
/// under 2 ms, a 1 MB document under 100 ms. The baseline in the same run is decoding the same bytes and splitting
/// them into lines, the least any parser must do, so the ratio travels between machines.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PlanParsingBenchmarks
{
    private byte[] _xian = [];
    private byte[] _shaanxi = [];
    private byte[] _large = [];

    [GlobalSetup]
    public void Setup()
    {
        var samples = FindSamples();
        _xian = File.ReadAllBytes(Path.Combine(samples, "000_a5da192f93efdcb6.txt"));
        _shaanxi = File.ReadAllBytes(Path.Combine(samples, "003_4c21071a2a86211b.txt"));
        _large = Encoding.UTF8.GetBytes(SyntheticPlan.Create(1024 * 1024));
        // A benchmark of a document that does not parse would measure an exception path: fail early instead.
        _ = PlanParser.Parse(_large, "large.txt");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Xian sample (15 KB)")]
    public int XianDecodeAndSplitBaseline() => Encoding.UTF8.GetString(_xian).Split('\n').Length;

    [Benchmark, BenchmarkCategory("Xian sample (15 KB)")]
    public ParsedPlan XianParse() => PlanParser.Parse(_xian, "000.txt");

    [Benchmark(Baseline = true), BenchmarkCategory("Shaanxi sample (19 KB)")]
    public int ShaanxiDecodeAndSplitBaseline() => Encoding.UTF8.GetString(_shaanxi).Split('\n').Length;

    [Benchmark, BenchmarkCategory("Shaanxi sample (19 KB)")]
    public ParsedPlan ShaanxiParse() => PlanParser.Parse(_shaanxi, "003.txt");

    [Benchmark(Baseline = true), BenchmarkCategory("Synthetic 1 MB")]
    public int LargeDecodeAndSplitBaseline() => Encoding.UTF8.GetString(_large).Split('\n').Length;

    [Benchmark, BenchmarkCategory("Synthetic 1 MB")]
    public ParsedPlan LargeParse() => PlanParser.Parse(_large, "large.txt");

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "plans");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("samples/plans not found above " + AppContext.BaseDirectory);
    }
}
