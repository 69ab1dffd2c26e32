using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>
/// Applies a diagnostic's suggested reading to a parsed plan when the importer accepts it in the preview: the excerpt
/// is replaced by the suggestion wherever it occurs, and the year and date fields follow a corrected year or date.
/// Nothing is ever corrected without that explicit acceptance.
/// </summary>
public static partial class DiagnosticCorrections
{
    public static ParsedPlan Apply(ParsedPlan plan, ParseDiagnostic diagnostic)
    {
        if (string.IsNullOrEmpty(diagnostic.Suggestion) || string.IsNullOrEmpty(diagnostic.Excerpt) ||
            diagnostic.Suggestion == diagnostic.Excerpt)
        {
            return plan;
        }
        var from = diagnostic.Excerpt;
        var to = diagnostic.Suggestion;
        string? Fix(string? text) => text?.Replace(from, to, StringComparison.Ordinal);
        ParsedTarget FixTarget(ParsedTarget t) => t with { Text = Fix(t.Text)!, Indicator = Fix(t.Indicator)! };

        var planYear = plan.PlanYear;
        var issuedOn = plan.IssuedOn;
        if (AsDate(from) is { } wrongDate && AsDate(to) is { } rightDate)
        {
            if (issuedOn == wrongDate)
            {
                issuedOn = rightDate;
            }
        }
        else if (AsYear(from) is { } wrongYear && AsYear(to) is { } rightYear)
        {
            if (planYear == wrongYear)
            {
                planYear = rightYear;
            }
            if (issuedOn is not null && issuedOn.StartsWith(wrongYear.ToString(CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal))
            {
                issuedOn = rightYear.ToString(CultureInfo.InvariantCulture) + issuedOn[4..];
            }
        }

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
                    Title = Fix(t.Title)!,
                    Text = Fix(t.Text)!,
                    Targets = t.Targets.Select(FixTarget).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Accepts every diagnostic that carries a suggestion (the demo import does this).</summary>
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

    /// <summary>"2021-03-25", "2021年3月25日" or "2021 年 3 月 25 日" as "YYYY-MM-DD" digits (even when not a real date).</summary>
    private static string? AsDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return $"{year:0000}-{month:00}-{day:00}";
    }

    private static int? AsYear(string text)
    {
        var match = YearPattern().Match(text);
        return match.Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<y>\d{4})\s*[-年./]\s*(?<m>\d{1,2})\s*[-月./]\s*(?<d>\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})(?!\d)")]
    private static partial Regex YearPattern();
}
