using System.Diagnostics;
using FsCheck.Xunit;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Ingestion.Reading;
using static Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading.ReadingTestFiles;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

/// <summary>Whatever the bytes, the reader answers with a document or its own error, and never hangs.</summary>
public sealed class ReaderFuzzTests
{
    private static readonly PlanReadOptions Options = PlanReadOptions.Default with { MaxReadTime = TimeSpan.FromSeconds(10) };

    private static readonly string[] Names = ["要点.txt", "要点.docx", "要点.pdf", "要点.doc", "要点", "要点.png"];

    private static readonly byte[][] Prefixes =
    [
        [],
        "PK\u0003\u0004"u8.ToArray(),
        "%PDF-1.7\n"u8.ToArray(),
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
        "一、"u8.ToArray(),
    ];

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        .. SampleNames().Select(File.ReadAllBytes),
        DocxFixtures.SimplePlan(),
        Fixture("plan-cjk.pdf"),
        Fixture("encrypted.pdf"),
        Fixture("scanned.pdf"),
    ]);

    [Property(MaxTest = 400)]
    public void RandomBytes_GiveADocumentOrAPlanDocumentException(byte[] content, byte prefix, byte name) =>
        AssertOnlyOwnErrors([.. Prefixes[prefix % Prefixes.Length], .. content ?? []], Names[name % Names.Length]);

    [Property(MaxTest = 200)]
    public void RandomEditsOfRealDocuments_GiveADocumentOrAPlanDocumentException(int seed)
    {
        var random = new Random(seed);
        var seeds = Seeds.Value;
        var index = random.Next(seeds.Length);
        var edited = Mutate(seeds[index], random);
        var name = index switch
        {
            _ when index < seeds.Length - 4 => "要点.txt",
            _ when index == seeds.Length - 4 => "要点.docx",
            _ => "要点.pdf",
        };

        AssertOnlyOwnErrors(edited, name);
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 12);
        for (var i = 0; i < edits && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    var inserted = new byte[random.Next(1, 32)];
                    random.NextBytes(inserted);
                    bytes.InsertRange(at, inserted);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 256), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void AssertOnlyOwnErrors(byte[] content, string fileName)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var document = PlanDocumentReader.Read(content, fileName, Options);
            Assert.NotEmpty(document.Lines);
            Assert.All(document.Lines, Assert.NotNull);
        }
        catch (PlanDocumentException ex)
        {
            Assert.StartsWith("document-", ex.Code, StringComparison.Ordinal);
            AssertChinese(ex.Message);
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"reading took {stopwatch.Elapsed}");
    }
}
