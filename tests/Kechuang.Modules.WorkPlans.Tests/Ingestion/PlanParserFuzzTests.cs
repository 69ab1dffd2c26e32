using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Tests.Ingestion.Structure;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion;

/// <summary>The parser never throws anything but <see cref="PlanDocumentException"/> and never hangs, on random
/// bytes, random text and random edits of the real samples.</summary>
public class PlanParserFuzzTests
{
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(3);

    private static readonly string[] SampleLines =
    [
        .. StructureFixtures.SampleText(StructureFixtures.XiAn).Split('\n'),
        .. StructureFixtures.SampleText(StructureFixtures.Shaanxi).Split('\n'),
    ];

    private const string Junk = "〉□�一、（）1.2、（1）①第一部分— 9 —年月日〔〕号。：；“”\t \u3000０１２．％\uFEFF\u200B力争主要目标印发通知关于";

    private static void ParsesSafely(Func<ParsedPlan> parse)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            parse();
        }
        catch (PlanDocumentException)
        {
        }
        Assert.True(watch.Elapsed < PerInputLimit, $"parsing took {watch.Elapsed}");
    }

    [Property(MaxTest = 300)]
    public void RandomBytes_AsTxt_NeverThrowAnythingElse(byte[] bytes) =>
        ParsesSafely(() => PlanParser.Parse(bytes, "random.txt"));

    [Property(MaxTest = 300)]
    public void RandomStrings_NeverThrowAnythingElse(NonNull<string> text) =>
        ParsesSafely(() => PlanParser.ParseText(text.Get));

    [Property(MaxTest = 200)]
    public Property RandomJunkLines_NeverThrowAnythingElse() =>
        Prop.ForAll(
            Gen.ListOf(Gen.ListOf(Gen.Elements(Junk.ToCharArray())).Select(cs => new string(cs.ToArray()))).ToArbitrary(),
            lines => ParsesSafely(() => PlanParser.ParseText(string.Join('\n', lines))));

    [Fact]
    public void RandomEditsOfTheSamples_NeverThrowAnythingElse()
    {
        var random = new Random(20240601);
        for (var round = 0; round < 300; round++)
        {
            var lines = SampleLines.ToList();
            var edits = random.Next(1, 30);
            for (var e = 0; e < edits && lines.Count > 0; e++)
            {
                var at = random.Next(lines.Count);
                switch (random.Next(5))
                {
                    case 0:
                        lines.RemoveAt(at);
                        break;
                    case 1:
                        lines.Insert(at, lines[random.Next(lines.Count)]);
                        break;
                    case 2:
                        (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                        break;
                    case 3:
                        var line = new StringBuilder(lines[at]);
                        line.Insert(random.Next(line.Length + 1), Junk[random.Next(Junk.Length)]);
                        lines[at] = line.ToString();
                        break;
                    default:
                        var cut = lines[at];
                        lines[at] = cut[..random.Next(cut.Length + 1)];
                        break;
                }
            }
            var text = string.Join('\n', lines);
            ParsesSafely(() => PlanParser.ParseText(text));
            ParsesSafely(() => PlanParser.Parse(Encoding.UTF8.GetBytes(text), "edited.txt"));
        }
    }

    [Fact]
    public void PathologicalInputs_NeverThrowAnythingElse()
    {
        string[] inputs =
        [
            string.Empty, "\n\n\n", "一、", "1.", "（一）\n（1）\n①", new string('1', 100_000), new string('。', 50_000),
            string.Concat(Enumerable.Repeat("1.\n", 5000)), string.Concat(Enumerable.Repeat("一、二、三、\n", 2000)),
            string.Concat(Enumerable.Repeat("西〉市", 20_000)), string.Concat(Enumerable.Repeat("3031年3月35日\n", 3000)),
            "关于印发\n《》的通知\n：\n年月日",
        ];
        foreach (var input in inputs)
        {
            ParsesSafely(() => PlanParser.ParseText(input));
        }
    }
}
