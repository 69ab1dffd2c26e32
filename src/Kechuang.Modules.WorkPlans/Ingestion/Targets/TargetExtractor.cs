using System.Text.RegularExpressions;

namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>
/// Finds every numeric (and qualitative) commitment in a passage of plan text: the headline-targets paragraph or the
/// whole text of one task. Never throws on text; the result is in document order.
/// </summary>
/// <remarks>
/// A target is a quantity (number + unit or %) with an indicator, read from the clause it sits in: the indicator is
/// the noun phrase before it (国家高新技术企业净增2000家) or, when only a verb precedes it, the phrase after it
/// (引进100名海外高层次人才). A verb at the start of a 、-list governs every item (新增A 100名、B 10家), and a list
/// continued after a comma keeps the verb when the new clause has none of its own. 翻番/双翻番/实现倍增 are multiples;
/// 明显提升-style clauses are qualitative. <see cref="ParsedTarget.Text"/> is the normalised source text of the item.
/// </remarks>
public static partial class TargetExtractor
{
    // 翻番 = ×2, 翻一番 = ×2, 翻两番 = ×4; 双翻番 doubles two indicators joined by 与/和/及.
    [GeneratedRegex(@"(?<double>双)?(?:翻(?<n>[一两二三]?)番|倍增)", RegexOptions.CultureInvariant)]
    private static partial Regex Multiple();

    [GeneratedRegex(
        @"(?:明显|显著|大幅度|大幅|有所|进一步|稳步|持续|不断|较快|快速|较大幅度|全面)(?<verb>提升|提高|增强|增加|增长|改善|扩大|下降|降低|减少|优化)$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex QualitativeTail();

    [GeneratedRegex(@"^(?:全市|全省|全区|全县|全国|我市|我省|我区|全年)$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeOnly();

    [GeneratedRegex(@"^(?:及以上|以上|以内|以下|之内|左右)", RegexOptions.CultureInvariant)]
    private static partial Regex RightQualifier();

    [GeneratedRegex(@"[与和及、]", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    private const int MaxIndicatorLength = 60;
    private const int MaxRightIndicatorLength = 30;

    public static IReadOnlyList<ParsedTarget> Extract(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var s = TargetText.Normalize(text);
        if (s.Length == 0)
        {
            return [];
        }
        var mask = TargetText.ProtectedMask(s);
        var quantities = QuantityScanner.Scan(s, mask);
        var results = new List<ParsedTarget>();
        var next = 0;
        SentenceState state = default;
        var currentSentence = -1;
        foreach (var clause in TargetText.Clauses(s, mask))
        {
            if (clause.Sentence != currentSentence)
            {
                currentSentence = clause.Sentence;
                state = default;
            }
            while (next < quantities.Count && quantities[next].Start < clause.Start)
            {
                next++;
            }
            var first = next;
            while (next < quantities.Count && quantities[next].End <= clause.End)
            {
                next++;
            }
            var before = results.Count;
            if (next > first)
            {
                ExtractQuantities(s, clause, quantities, first, next, results, ref state);
            }
            else
            {
                state.LastLead = null;
                ExtractMultiple(s, mask, clause, results, ref state);
            }
            if (results.Count == before)
            {
                ExtractQualitative(s, clause, results);
            }
        }
        return results;
    }

    private struct SentenceState
    {
        public string? LastIndicator;
        // The leading verb of the previous clause's last quantity, which a verb-less list continuation inherits.
        public (Change Change, TargetComparator? Comparator, string Unit)? LastLead;
    }

    private static void ExtractQuantities(
        string s, Clause clause, List<Quantity> quantities, int first, int end, List<ParsedTarget> results, ref SentenceState state)
    {
        var cursor = clause.Start;
        (Change Change, TargetComparator? Comparator)? listLead = null;
        for (var k = first; k < end; k++)
        {
            var q = quantities[k];
            if (q.Start < cursor)
            {
                continue;
            }
            var points = q.Unit.EndsWith("百分点", StringComparison.Ordinal);
            // 比重由2.3%提高到2.5%: the 由/从 figure is the baseline; only the indicator carries over to the target.
            if (q.Start > cursor && s[q.Start - 1] is '由' or '从')
            {
                var baseline = PhraseParser.Parse(s, cursor, q.Start - 1, points);
                if (baseline.IndicatorLength > 0)
                {
                    state.LastIndicator = s[baseline.IndicatorStart..baseline.IndicatorEnd];
                }
                cursor = q.End;
                continue;
            }
            var phrase = PhraseParser.Parse(s, cursor, q.Start, points);

            var after = q.End;
            var qualifier = RightQualifier().Match(s, after, clause.End - after);
            TargetComparator? rightComparator = null;
            if (qualifier.Success)
            {
                rightComparator = qualifier.Value is "以上" or "及以上" ? TargetComparator.AtLeast
                    : qualifier.Value == "左右" ? TargetComparator.Equal
                    : TargetComparator.AtMost;
                after += qualifier.Length;
            }

            var indicator = phrase.IndicatorLength > 0 ? phrase.Scope + s[phrase.IndicatorStart..phrase.IndicatorEnd] : phrase.Scope;
            var textEnd = after;
            // 全市新增5家…, 支持100家企业…: a scope or a kept verb alone is no indicator; the noun follows the quantity.
            var scope = ScopeOnly().IsMatch(indicator) || TargetLexicon.IsKeptVerb(indicator) ? indicator : null;
            if (indicator.Length == 0 || scope is not null)
            {
                var rightEnd = RightIndicatorEnd(s, after, clause.End);
                if (rightEnd > after)
                {
                    indicator = scope + s[after..rightEnd];
                    textEnd = rightEnd;
                }
            }
            indicator = indicator.Trim();
            if (indicator.Length == 0)
            {
                indicator = state.LastIndicator ?? "";
            }
            cursor = textEnd;
            if (indicator.Length == 0 || indicator.Length > MaxIndicatorLength)
            {
                continue;
            }

            var leadChange = phrase.LeadChange;
            var leadComparator = phrase.LeadComparator;
            var continuation = !phrase.HasOwnWords && !phrase.Cumulative;
            if (continuation && listLead is { } shared)
            {
                (leadChange, leadComparator) = shared;
            }
            else if (continuation && k == first && state.LastLead is { } carried && IsCount(carried.Unit) && IsCount(q.Unit))
            {
                (leadChange, leadComparator) = (carried.Change, carried.Comparator);
            }
            if (phrase.LeadChange != Change.None || phrase.LeadComparator is not null)
            {
                listLead = (phrase.LeadChange, phrase.LeadComparator);
            }

            // 科技金融服务平台新增贷款规模20亿元: 新增 inside the indicator still makes the figure a new-in-year one.
            if (leadChange == Change.None && indicator.Contains("新增", StringComparison.Ordinal))
            {
                leadChange = Change.New;
            }
            var (measure, negate) = ResolveMeasure(q, phrase, leadChange, points);
            var comparator = rightComparator
                ?? (q.MoreThan ? TargetComparator.MoreThan : (TargetComparator?)null)
                ?? phrase.TrailComparator
                ?? leadComparator
                ?? TargetComparator.Equal;
            if (negate)
            {
                comparator = Flip(comparator);
            }
            var value = negate ? -q.Value : q.Value;
            results.Add(new ParsedTarget(
                s[phrase.TextStart..textEnd], indicator, measure, comparator, value, q.Unit, Qualitative: false));
            state.LastIndicator = indicator;
            state.LastLead = leadChange == Change.New || leadComparator is not null
                ? (leadChange, leadComparator, q.Unit)
                : null;
        }
    }

    private static (TargetMeasure Measure, bool Negate) ResolveMeasure(Quantity q, Phrase phrase, Change leadChange, bool points)
    {
        var percent = q.Unit is "%" or "‰";
        var decrease = phrase.TrailChange == Change.Decrease || phrase.Below;
        if (q.Unit.EndsWith('倍'))
        {
            return (TargetMeasure.Multiple, false);
        }
        if (points)
        {
            return (TargetMeasure.Difference, decrease);
        }
        return phrase.TrailChange switch
        {
            Change.Net => (TargetMeasure.NetIncrease, false),
            Change.New => (TargetMeasure.New, false),
            Change.Growth or Change.Increase => (percent ? TargetMeasure.GrowthRate : TargetMeasure.NetIncrease, false),
            Change.Decrease => (percent ? TargetMeasure.GrowthRate : TargetMeasure.NetIncrease, true),
            _ when phrase.Cumulative => (TargetMeasure.Level, false),
            _ when leadChange == Change.New => (TargetMeasure.New, false),
            _ => (TargetMeasure.Level, false),
        };
    }

    /// <summary>
    /// End of the noun phrase after a verb-led quantity (引进100名海外高层次人才): up to the clause end, the next list
    /// item, or a conjunction that starts another quantity.
    /// </summary>
    private static int RightIndicatorEnd(string s, int start, int clauseEnd)
    {
        if (start >= clauseEnd || !(Kechuang.Platform.Text.ChineseText.IsHan(s[start]) || s[start] is '“' or '‘' or '"' or '《'
            || char.IsAsciiLetter(s[start])))
        {
            return start;
        }
        var limit = Math.Min(clauseEnd, start + MaxRightIndicatorLength);
        var i = start;
        for (; i < limit; i++)
        {
            var c = s[i];
            if (c == '、' || (c is '和' or '及' or '与' && i + 1 < clauseEnd && char.IsAsciiDigit(s[i + 1])))
            {
                break;
            }
        }
        while (i > start && s[i - 1] is '的' or '等')
        {
            i--;
        }
        return i;
    }

    private static void ExtractMultiple(string s, bool[] mask, Clause clause, List<ParsedTarget> results, ref SentenceState state)
    {
        for (var m = Multiple().Match(s, clause.Start, clause.End - clause.Start); m.Success; m = m.NextMatch())
        {
            var matchEnd = m.Index + m.Length;
            // Only as the predicate ending a clause: 倍增计划 or 翻番工程 name programmes.
            if (mask[m.Index] || matchEnd != clause.End)
            {
                continue;
            }
            var isBeiZeng = m.Value.EndsWith("倍增", StringComparison.Ordinal);
            if (isBeiZeng && !s.AsSpan(clause.Start, m.Index - clause.Start).EndsWith("实现", StringComparison.Ordinal))
            {
                continue;
            }
            var phrase = PhraseParser.Parse(s, clause.Start, m.Index, percentagePoints: false);
            var indicator = s[phrase.IndicatorStart..phrase.IndicatorEnd].Trim();
            if (indicator.Length == 0 || indicator.Length > MaxIndicatorLength)
            {
                continue;
            }
            decimal value = m.Groups["n"].Value switch
            {
                "两" or "二" => 4,
                "三" => 8,
                _ => 2,
            };
            var comparator = phrase.TrailComparator ?? phrase.LeadComparator ?? TargetComparator.Equal;
            var text = s[phrase.TextStart..matchEnd];
            var indicators = m.Groups["double"].Success ? SplitPair(indicator) : [indicator];
            foreach (var item in indicators)
            {
                results.Add(new ParsedTarget(text, item, TargetMeasure.Multiple, comparator, value, null, Qualitative: false));
            }
            state.LastIndicator = indicators[^1];
            return;
        }
    }

    /// <summary>
    /// 省中小企业研发服务平台合同数量与成交金额 → 省中小企业研发服务平台合同数量, 省中小企业研发服务平台成交金额: a short
    /// second conjunct shares the first one's modifiers, taken as the part of the first beyond the second's length.
    /// </summary>
    private static string[] SplitPair(string indicator)
    {
        Match? last = null;
        foreach (Match m in Conjunction().Matches(indicator))
        {
            last = m;
        }
        if (last is null || last.Index == 0 || last.Index + 1 >= indicator.Length)
        {
            return [indicator, indicator];
        }
        var left = indicator[..last.Index];
        var right = indicator[(last.Index + 1)..];
        if (right.Length < left.Length && right.Length <= 6)
        {
            right = left[..^right.Length] + right;
        }
        return [left, right];
    }

    private static void ExtractQualitative(string s, Clause clause, List<ParsedTarget> results)
    {
        var m = QualitativeTail().Match(s, clause.Start, clause.End - clause.Start);
        if (!m.Success)
        {
            return;
        }
        var phrase = PhraseParser.Parse(s, clause.Start, m.Index, percentagePoints: false);
        var indicator = s[phrase.IndicatorStart..phrase.IndicatorEnd].Trim();
        // A long run before the predicate is a verb phrase (进一步提升…能力 reads the other way), not an indicator.
        if (indicator.Length < 2 || indicator.Length > 30)
        {
            return;
        }
        var down = m.Groups["verb"].Value is "下降" or "降低" or "减少";
        results.Add(new ParsedTarget(
            s[phrase.TextStart..clause.End], indicator, TargetMeasure.GrowthRate,
            down ? TargetComparator.LessThan : TargetComparator.MoreThan, null, null, Qualitative: true));
    }

    private static bool IsCount(string unit) =>
        unit.Length > 0 && unit != "%" && unit != "‰" && !unit.EndsWith('元') && !unit.EndsWith("百分点", StringComparison.Ordinal);

    private static TargetComparator Flip(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => TargetComparator.AtMost,
        TargetComparator.AtMost => TargetComparator.AtLeast,
        TargetComparator.MoreThan => TargetComparator.LessThan,
        TargetComparator.LessThan => TargetComparator.MoreThan,
        _ => comparator,
    };
}
