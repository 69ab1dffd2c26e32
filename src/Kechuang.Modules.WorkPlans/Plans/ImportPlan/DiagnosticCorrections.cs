using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>
/// Applies a diagnostic's suggested reading to a parsed plan when the importer accepts it in the preview: the
/// diagnostic's original text is replaced by the suggestion wherever it occurs, and the year and date fields follow
/// a corrected year or date. Nothing is ever corrected without that explicit acceptance.
/// </summary>
public static partial class DiagnosticCorrections
{
    public static ParsedPlan Apply(ParsedPlan plan, ParseDiagnostic diagnostic)
    {
        var original = diagnostic.Original ?? diagnostic.Excerpt;
        var suggestion = diagnostic.Suggestion;
        if (string.IsNullOrEmpty(suggestion) || string.IsNullOrEmpty(original) || suggestion == original)
        {
            return plan;
        }

        Func<string, string> fix;
        var planYear = plan.PlanYear;
        var issuedOn = plan.IssuedOn;
        if (AsDate(original) is { } wrong && AsDate(suggestion) is { } right)
        {
            // The year may already have been corrected by another diagnostic: match the month and day with either year.
            var written = $"{right.Year}年{right.Month}月{right.Day}日";
            fix = text => DatePattern().Replace(text, m =>
                AsDate(m.Value) is { } d && d.Month == wrong.Month && d.Day == wrong.Day && (d.Year == wrong.Year || d.Year == right.Year)
                    ? written
                    : m.Value);
            if (issuedOn is not null && AsDate(issuedOn) is { } current &&
                current.Month == wrong.Month && current.Day == wrong.Day && (current.Year == wrong.Year || current.Year == right.Year))
            {
                issuedOn = $"{right.Year:0000}-{right.Month:00}-{right.Day:00}";
            }
        }
        else if (AsYear(original) is { } wrongYear && AsYear(suggestion) is { } rightYear)
        {
            var pattern = new Regex($@"(?<!\d){wrongYear}(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var replacement = rightYear.ToString(CultureInfo.InvariantCulture);
            fix = text => pattern.Replace(text, replacement);
            if (planYear == wrongYear)
            {
                planYear = rightYear;
            }
            if (issuedOn is not null)
            {
                issuedOn = fix(issuedOn);
            }
        }
        else
        {
            fix = text => text.Replace(original, suggestion, StringComparison.Ordinal);
        }

        string? Fix(string? text) => text is null ? null : fix(text);
        ParsedTarget FixTarget(ParsedTarget t) => t with { Text = fix(t.Text), Indicator = fix(t.Indicator) };
        return plan with
        {
            Title = Fix(plan.Title),
            Issuer = Fix(plan.Issuer),
            DocNumber = Fix(plan.DocNumber),
            IssuedOn = issuedOn,
            PlanYear = planYear,
            HeadlineTargets = plan.HeadlineTargets.Select(FixTarget).ToList(),
            Sections = plan.Sections.Select(s => s with
            {
                Title = Fix(s.Title),
                Tasks = s.Tasks.Select(t => t with
                {
                    Title = fix(t.Title),
                    Text = fix(t.Text),
                    Targets = t.Targets.Select(FixTarget).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Accepts every diagnostic that carries a suggestion (the demo import and `plan import --accept-suggestions`).</summary>
    public static (ParsedPlan Plan, IReadOnlyList<int> Accepted) ApplyAll(ParsedPlan plan)
    {
        var accepted = new List<int>();
        var corrected = plan;
        for (var i = 0; i < plan.Diagnostics.Count; i++)
        {
            if (!string.IsNullOrEmpty(plan.Diagnostics[i].Suggestion))
            {
                corrected = Apply(corrected, plan.Diagnostics[i]);
                accepted.Add(i);
            }
        }
        return (corrected, accepted);
    }

    /// <summary>"2021-03-25", "2021年3月25日" or "2021 年 3 月 25 日" as numbers, even when they are not a real date.</summary>
    private static (int Year, int Month, int Day)? AsDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success || match.Length != text.Trim().Length)
        {
            return null;
        }
        return (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    private static int? AsYear(string text) =>
        YearOnly().IsMatch(text) ? int.Parse(text.Trim(), CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<y>\d{4})\s*[-年./]\s*(?<m>\d{1,2})\s*[-月./]\s*(?<d>\d{1,2})\s*日?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\s*\d{4}\s*$")]
    private static partial Regex YearOnly();
}
