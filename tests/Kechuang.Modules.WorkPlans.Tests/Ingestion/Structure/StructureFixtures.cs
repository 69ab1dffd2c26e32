using System.Text;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

/// <summary>The two real sample plans (samples/plans) and the documents written for the structure tests
/// (Ingestion/Fixtures/structure), found from the repository root so no copy step is needed.</summary>
internal static class StructureFixtures
{
    public const string XiAn = "000_a5da192f93efdcb6.txt";
    public const string Shaanxi = "003_4c21071a2a86211b.txt";

    public static byte[] SampleBytes(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "plans", name));

    public static string SampleText(string name) => Encoding.UTF8.GetString(SampleBytes(name));

    public static string FixtureText(string name) =>
        File.ReadAllText(Path.Combine(
            RepositoryRoot(), "tests", "Kechuang.Modules.WorkPlans.Tests", "Ingestion", "Fixtures", "structure", name));

    public static PlanStructure Analyze(string text) => PlanStructureParser.Analyze(
        Kechuang.Modules.WorkPlans.Ingestion.Layout.LayoutRepair.Repair(
            new Kechuang.Modules.WorkPlans.Ingestion.Reading.PlanDocument(
                Kechuang.Modules.WorkPlans.Ingestion.Reading.PlanDocumentFormat.Text, text.Split('\n'), false, null)));

    public static IEnumerable<ParsedTask> AllTasks(this ParsedPlan plan) => plan.Sections.SelectMany(s => s.Tasks);

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (Directory.Exists(Path.Combine(dir, "samples", "plans")) && Directory.Exists(Path.Combine(dir, "tests")))
            {
                return dir;
            }
            dir = Path.GetDirectoryName(dir);
        }
        throw new DirectoryNotFoundException("repository root (samples/plans) not found above " + AppContext.BaseDirectory);
    }
}
