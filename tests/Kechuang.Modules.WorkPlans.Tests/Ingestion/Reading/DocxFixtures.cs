using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Modules.WorkPlans.Tests.Ingestion.Reading;

/// <summary>Builds .docx files in memory with the OpenXML SDK, the way Word writes lists and tables.</summary>
internal static class DocxFixtures
{
    public const int SectionList = 1;
    public const int RestartedSectionList = 2;
    public const int BracketList = 3;

    public static byte[] Build(Action<Body> fill, Action<Numbering>? numbering = null, Action<Styles>? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            if (numbering is not null)
            {
                var part = main.AddNewPart<NumberingDefinitionsPart>();
                part.Numbering = new Numbering();
                numbering(part.Numbering);
            }

            if (styles is not null)
            {
                var part = main.AddNewPart<StyleDefinitionsPart>();
                part.Styles = new Styles();
                styles(part.Styles);
            }

            fill(main.Document.Body!);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static Level Level(int index, string format, string text, int start = 1, int? restart = null, string? suffix = null,
        string? style = null)
    {
        var level = new Level { LevelIndex = index };
        level.Append(new StartNumberingValue { Val = start });
        level.Append(new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) });
        if (restart is not null)
        {
            level.Append(new LevelRestart { Val = restart });
        }

        if (style is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = style });
        }

        if (suffix is not null)
        {
            level.Append(new LevelSuffix { Val = new EnumValue<LevelSuffixValues>(new LevelSuffixValues(suffix)) });
        }

        level.Append(new LevelText { Val = text });
        return level;
    }

    public static AbstractNum Abstract(int id, params Level[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        abstractNum.Append(levels);
        return abstractNum;
    }

    public static NumberingInstance Instance(int numId, int abstractId, int? restartLevel0At = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartLevel0At is { } start)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        return instance;
    }

    /// <summary>一、 for sections, 1. for tasks under them (restarting per section), （一） in a second list.</summary>
    public static void PlanNumbering(Numbering numbering)
    {
        numbering.Append(
            Abstract(0,
                Level(0, "chineseCounting", "%1、", suffix: "nothing"),
                Level(1, "decimal", "%2.", restart: 0, suffix: "nothing")),
            Abstract(1,
                Level(0, "chineseCounting", "%1、", suffix: "nothing"),
                Level(1, "decimal", "%2."),
                Level(2, "decimal", "%2.%3")),
            Abstract(2,
                Level(0, "chineseCounting", "（%1）"),
                Level(1, "decimal", "（%2）", suffix: "space")),
            Instance(SectionList, 0),
            Instance(RestartedSectionList, 1),
            Instance(BracketList, 2));
    }

    public static Paragraph Numbered(string text, int numId, int level) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new Text(text)));

    public static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    public static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Table Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(), new TableGrid());
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        return table;
    }

    public static byte[] SimplePlan() =>
        Build(body => body.Append(
            Plain("2024年某区科技工作要点"),
            Numbered("强化企业创新主体地位", SectionList, 0),
            Numbered("培育科技型企业。新增国家高新技术企业50家。", SectionList, 1),
            Numbered("推动成果转化", SectionList, 0),
            Numbered("建设技术转移机构。新增技术转移示范机构2家。", SectionList, 1)),
            PlanNumbering);
}
