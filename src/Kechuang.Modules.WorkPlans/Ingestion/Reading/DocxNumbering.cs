using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// Renders Word's automatic numbering into paragraph text, as Word would display it: the paragraph's numPr (or its
/// style's, through basedOn), the num instance and its overrides, the abstractNum levels with their lvlText, number
/// format, start value and restarts. Counters belong to the abstractNum, so two num instances of one list continue
/// each other unless the later one overrides its start — as in Word.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private const int MaxStyleDepth = 32;

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _instancesSeen = [];

    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                {
                    _defaultParagraphStyle ??= id;
                }
            }
        }

        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>The rendered label of the paragraph ("一、", "1.", "（2）") advancing the counters, or "" when unnumbered.</summary>
    public string Next(Paragraph paragraph)
    {
        if (ResolveNumbering(paragraph) is not var (numId, ilvl)
            || !_instances.TryGetValue(numId, out var instance)
            || ResolveAbstract(instance) is not { } abstractNum)
        {
            return "";
        }

        var abstractId = abstractNum.AbstractNumberId!.Value;
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        var startOverrides = new int?[Levels];
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is { } index and >= 0 and < Levels
                && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                startOverrides[index] = start;
            }
        }

        if (_instancesSeen.Add(numId))
        {
            for (var level = 0; level < Levels; level++)
            {
                if (startOverrides[level] is not null)
                {
                    counters[level] = null;
                }
            }
        }

        var current = FindLevel(instance, abstractNum, ilvl);
        if (current is null)
        {
            return "";
        }

        counters[ilvl] = counters[ilvl] is { } value ? value + 1 : StartOf(current, startOverrides[ilvl]);
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            var restart = FindLevel(instance, abstractNum, deeper)?.LevelRestart?.Val?.Value;
            if (restart is null || (restart != 0 && ilvl < restart))
            {
                counters[deeper] = null;
            }
        }

        var format = current.NumberingFormat?.Val?.InnerText;
        if (format is "bullet")
        {
            return "";
        }

        var legal = current.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
        var label = Render(current.LevelText?.Val?.Value ?? "", instance, abstractNum, counters, startOverrides, legal);
        return label.Length == 0 ? "" : label + Suffix(current, label);
    }

    private string Render(string levelText, NumberingInstance instance, AbstractNum abstractNum, int?[] counters,
        int?[] startOverrides, bool legal)
    {
        var builder = new StringBuilder(levelText.Length + 4);
        for (var i = 0; i < levelText.Length; i++)
        {
            if (levelText[i] == '%' && i + 1 < levelText.Length && levelText[i + 1] is >= '1' and <= '9')
            {
                var referenced = levelText[i + 1] - '1';
                var level = FindLevel(instance, abstractNum, referenced);
                var value = counters[referenced] ?? (level is null ? 1 : StartOf(level, startOverrides[referenced]));
                builder.Append(NumberFormatter.Format(value, legal ? "decimal" : level?.NumberingFormat?.Val?.InnerText));
                i++;
            }
            else
            {
                builder.Append(levelText[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Word separates the label from the text by a tab or a space; a label that already ends in full-width
    /// punctuation (一、 （一）) reads naturally without one, the way such headings are typed by hand.
    /// </summary>
    private static string Suffix(Level level, string label)
    {
        var suffix = level.LevelSuffix?.Val?.InnerText ?? "tab";
        if (suffix == "nothing" || label[^1] is '、' or '）' or '．' or '。' or '：' or '】' or '〕' or '」')
        {
            return "";
        }

        return " ";
    }

    private static int StartOf(Level level, int? startOverride) => startOverride ?? level.StartNumberingValue?.Val?.Value ?? 0;

    private Level? FindLevel(NumberingInstance instance, AbstractNum abstractNum, int ilvl)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == ilvl && levelOverride.Level is { } overridden)
            {
                return overridden;
            }
        }

        return abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == ilvl);
    }

    /// <summary>An abstractNum may only point (numStyleLink) at a numbering style whose own num holds the levels.</summary>
    private AbstractNum? ResolveAbstract(NumberingInstance instance)
    {
        var current = instance;
        for (var hop = 0; hop < 4; hop++)
        {
            if (current.AbstractNumId?.Val?.Value is not { } abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            {
                return null;
            }

            if (abstractNum.NumberingStyleLink?.Val?.Value is not { } link
                || !_styles.TryGetValue(link, out var style)
                || style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not { } linkedNum
                || !_instances.TryGetValue(linkedNum, out var linked)
                || ReferenceEquals(linked, current))
            {
                return abstractNum;
            }

            current = linked;
        }

        return null;
    }

    private (int NumId, int Level)? ResolveNumbering(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var numId = properties?.NumberingProperties?.NumberingId?.Val?.Value;
        var ilvl = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

        string? numberedStyle = null;
        var visited = 0;
        for (var id = styleId; numId is null && id is not null && visited++ < MaxStyleDepth;)
        {
            if (!_styles.TryGetValue(id, out var style))
            {
                break;
            }

            var styleNumbering = style.StyleParagraphProperties?.NumberingProperties;
            if (styleNumbering?.NumberingId?.Val?.Value is { } styleNumId)
            {
                numId = styleNumId;
                ilvl ??= styleNumbering.NumberingLevelReference?.Val?.Value;
                numberedStyle = id;
            }

            id = style.BasedOn?.Val?.Value;
        }

        if (numId is not { } resolved || resolved == 0)
        {
            return null;
        }

        if (ilvl is null && numberedStyle is not null && _instances.TryGetValue(resolved, out var instance)
            && ResolveAbstract(instance) is { } abstractNum)
        {
            ilvl = abstractNum.Elements<Level>()
                .FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == numberedStyle)?.LevelIndex?.Value;
        }

        return (resolved, Math.Clamp(ilvl ?? 0, 0, Levels - 1));
    }
}
