using System.Text.RegularExpressions;

namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>The words before a quantity, split into leading verbs, the indicator, and trailing comparator words.</summary>
internal readonly record struct Phrase(
    int TextStart,
    int IndicatorStart,
    int IndicatorEnd,
    Change LeadChange,
    TargetComparator? LeadComparator,
    Change TrailChange,
    TargetComparator? TrailComparator,
    bool Cumulative,
    bool Below,
    bool Verb,
    string Scope)
{
    public int IndicatorLength => IndicatorEnd - IndicatorStart;

    public bool HasOwnWords =>
        LeadChange != Change.None || LeadComparator is not null || TrailChange != Change.None || TrailComparator is not null
        || Cumulative || Verb;
}

internal static partial class PhraseParser
{
    // A time frame in front of an indicator (2021年, 到2025年底, 年底前) dates the target; it is not what is counted.
    [GeneratedRegex(@"\G(?:(?:到|至|截至|在)?\d{4}年(?:底|末|内)?前?|年底前|年底|上半年|下半年)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTime();

    // 全市新增科技型中小企业: the scope stays with the indicator though the verb between is stripped.
    [GeneratedRegex(@"\G(?:全市|全省|全区|全县|全国|我市|我省|我区|市本级)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingScope();

    // A baseline in front of the change verb (比上年增长, 较2020年提高) belongs to neither indicator nor value.
    [GeneratedRegex(@"(?:比|较|为|是|相当于)(?:上年|去年|上一年|\d{4}年(?:底|末)?)(?:同期)?的?$|同比$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TrailingBaseline();

    // 高于全国平均水平1个百分点: the indicator ends where the comparison with a reference begins.
    [GeneratedRegex(@"高于|低于|高出|超过|超出|快于|慢于|(?<![占对评类排])比(?![例重])", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceComparison();

    public static Phrase Parse(string s, int start, int end, bool percentagePoints)
    {
        var pos = start;
        while (pos < end && s[pos] is '、' or ' ' or '，' or ',')
        {
            pos++;
        }
        var textStart = pos;
        var leadChange = Change.None;
        TargetComparator? leadComparator = null;
        var cumulative = false;
        var verb = false;
        var scope = "";
        for (var guard = 0; guard < 12 && pos < end; guard++)
        {
            var time = LeadingTime().Match(s, pos, end - pos);
            if (time.Success && time.Length > 0 && time.Index == pos)
            {
                pos += time.Length;
                continue;
            }
            var scopeMatch = LeadingScope().Match(s, pos, end - pos);
            if (scope.Length == 0 && scopeMatch.Success && scopeMatch.Index == pos
                && TargetLexicon.MatchStart(s.AsSpan(pos + scopeMatch.Length, end - pos - scopeMatch.Length), TargetLexicon.LeadWords)
                    is { Verb: true })
            {
                scope = scopeMatch.Value;
                pos += scopeMatch.Length;
                continue;
            }
            var word = TargetLexicon.MatchStart(s.AsSpan(pos, end - pos), TargetLexicon.LeadWords);
            if (word is { } w)
            {
                pos += w.Text.Length;
                verb |= w.Verb;
                if (w.Change == Change.Cumulative)
                {
                    cumulative = true;
                }
                else if (w.Change != Change.None)
                {
                    leadChange = w.Change;
                }
                leadComparator ??= w.Comparator;
                continue;
            }
            // 改造、升级、新建…: a list of verbs before one object.
            if (s[pos] == '、' && pos + 1 < end
                && TargetLexicon.MatchStart(s.AsSpan(pos + 1, end - pos - 1), TargetLexicon.LeadWords) is not null)
            {
                pos++;
                continue;
            }
            break;
        }

        var stop = end;
        var trailChange = Change.None;
        TargetComparator? trailComparator = null;
        for (var guard = 0; guard < 12 && stop > pos; guard++)
        {
            var span = s.AsSpan(pos, stop - pos);
            var baseline = TrailingBaseline().Match(s, pos, stop - pos);
            if (baseline.Success && baseline.Length > 0)
            {
                stop = baseline.Index;
                continue;
            }
            var word = TargetLexicon.MatchEnd(span, TargetLexicon.TrailWords);
            if (word is not { } w || (w.Text == "为" && span.Length > 1 && span[^2] is '行' or '作' or '成' or '认' or '因'))
            {
                break;
            }
            stop -= w.Text.Length;
            if (w.Change == Change.Cumulative)
            {
                cumulative = true;
            }
            else if (trailChange == Change.None)
            {
                trailChange = w.Change;
            }
            trailComparator ??= w.Comparator;
        }

        var below = false;
        if (percentagePoints && stop > pos)
        {
            var reference = ReferenceComparison().Match(s, pos, stop - pos);
            if (reference.Success && reference.Index > pos)
            {
                below = reference.Value is "低于" or "慢于";
                stop = reference.Index;
            }
        }

        while (stop > pos && s[stop - 1] is '的' or '、' or '各' or '，' or ',')
        {
            stop--;
        }
        while (pos < stop && s[pos] is '、')
        {
            pos++;
        }
        verb |= TargetLexicon.StartsWithKeptVerb(s.AsSpan(pos, stop - pos));
        return new Phrase(textStart, pos, stop, leadChange, leadComparator, trailChange, trailComparator, cumulative, below, verb, scope);
    }
}
