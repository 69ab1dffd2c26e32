using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

/// <summary>Fixtures are read from the source tree (found by walking up to Kechuang.slnx), not copied to the output.</summary>
internal static class ReadingTestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kechuang.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kechuang.slnx not found above " + AppContext.BaseDirectory);
    });

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(Root.Value, "tests", "Kechuang.Modules.WorkPlans.Tests", "Ingestion", "Fixtures", "reading", name));

    public static IReadOnlyList<string> SampleNames() =>
        Directory.GetFiles(Path.Combine(Root.Value, "samples", "plans"), "*.txt").Order(StringComparer.Ordinal).ToList();

    public static PlanDocument Read(byte[] content, string fileName, PlanReadOptions? options = null) =>
        PlanDocumentReader.Read(content, fileName, options ?? PlanReadOptions.Default);

    public static PlanDocumentException AssertRefused(byte[] content, string fileName, string expectedCode, PlanReadOptions? options = null)
    {
        var exception = Assert.Throws<PlanDocumentException>(() => Read(content, fileName, options));
        Assert.Equal(expectedCode, exception.Code);
        AssertChinese(exception.Message);
        return exception;
    }

    public static void AssertChinese(string message)
    {
        var han = message.Count(c => c is >= '\u4e00' and <= '\u9fff');
        Assert.True(han >= 6, $"message is not Chinese: {message}");
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }
}
