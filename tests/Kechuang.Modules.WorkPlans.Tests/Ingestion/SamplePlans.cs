namespace Kechuang.Modules.WorkPlans.Tests.Ingestion;

internal static class SamplePlans
{
    public const string XiAn = "000_a5da192f93efdcb6.txt";
    public const string Shaanxi = "003_4c21071a2a86211b.txt";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory(), name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory(), name));

    private static string Directory()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            var candidate = Path.Combine(dir, "samples", "plans");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
            dir = Path.GetDirectoryName(dir);
        }
        throw new DirectoryNotFoundException("samples/plans not found above " + AppContext.BaseDirectory);
    }
}
