namespace Kechuang.Testing;

/// <summary>Paths inside the repository, found by walking up from the test binaries to <c>Kechuang.slnx</c>.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The host project; the web factory uses it as content root, as <c>dotnet run</c> does.</summary>
    public static string WebProject => Path.Combine(Root, "src", "Kechuang.Web");

    public static string Samples => Path.Combine(Root, "samples");

    public static string SamplePlans => Path.Combine(Samples, "plans");

    /// <summary>Where tests leave artefacts for people to look at (screenshots); ignored by git.</summary>
    public static string TestResults => Path.Combine(Root, "TestResults");

    /// <summary>The <c>Fixtures</c> folder of a test project, e.g. <c>Fixtures("Kechuang.Modules.WorkPlans.Tests")</c>.</summary>
    public static string Fixtures(string testProject) => Path.Combine(Root, "tests", testProject, "Fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kechuang.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException(
            $"Kechuang.slnx was not found above {AppContext.BaseDirectory}; tests must run from a checkout of the repository.");
    }
}

/// <summary>Reads test input files: a test project's own <c>Fixtures/</c> folder and the repository's samples.</summary>
public static class Fixtures
{
    /// <summary>Full path of a file under <c>tests/&lt;testProject&gt;/Fixtures</c>; fails when it does not exist.</summary>
    public static string PathOf(string testProject, params string[] parts) =>
        Existing(Path.Combine([RepoPaths.Fixtures(testProject), .. parts]));

    /// <summary>Full path of a sample plan under <c>samples/plans</c>; fails when it does not exist.</summary>
    public static string SamplePlan(string fileName) => Existing(Path.Combine(RepoPaths.SamplePlans, fileName));

    /// <summary>All sample plan files, sorted by name.</summary>
    public static IReadOnlyList<string> SamplePlans() =>
        Directory.GetFiles(RepoPaths.SamplePlans).Order(StringComparer.Ordinal).ToList();

    public static byte[] ReadBytes(string path) => File.ReadAllBytes(Existing(path));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"Test fixture not found: {path}", path);
}
