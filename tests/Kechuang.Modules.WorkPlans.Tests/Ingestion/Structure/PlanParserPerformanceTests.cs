using System.Diagnostics;
using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

/// <summary>Coarse guards against super-linear behaviour; the precise figures come from the BenchmarkDotNet project.
/// Limits are generous multiples of the targets (2 ms per sample, 100 ms per MB) so a busy CI machine passes.</summary>
public class PlanParserPerformanceTests
{
    [Theory]
    [InlineData(StructureFixtures.XiAn)]
    [InlineData(StructureFixtures.Shaanxi)]
    public void ParsingASample_TakesMilliseconds(string name)
    {
        var bytes = StructureFixtures.SampleBytes(name);
        for (var i = 0; i < 20; i++)
        {
            PlanParser.Parse(bytes, "plan.txt");
        }
        const int Runs = 50;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            PlanParser.Parse(bytes, "plan.txt");
        }
        var perParse = watch.Elapsed / Runs;
        Assert.True(perParse < TimeSpan.FromMilliseconds(20), $"{name}: {perParse.TotalMilliseconds:F2} ms per parse");
    }

    [Fact]
    public void ParsingAOneMegabyteDocument_TakesWellUnderASecond()
    {
        var sample = StructureFixtures.SampleText(StructureFixtures.XiAn);
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < 1024 * 1024)
        {
            text.Append(sample).Append('\n');
        }
        var document = text.ToString();
        for (var i = 0; i < 3; i++)
        {
            PlanParser.ParseText(document);
        }

        var watch = Stopwatch.StartNew();
        PlanParser.ParseText(document);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(1000), $"1 MB: {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
