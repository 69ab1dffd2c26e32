using System.Globalization;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Audit.SearchAudit;

/// <summary>
/// What to look for in the trail; shared by search and export. <see cref="From"/> and <see cref="To"/> are Beijing-time
/// dates, both included. <see cref="LoginsOnly"/> limits to <c>auth.*</c> actions (the login log).
/// </summary>
public sealed record AuditFilter(
    string? User = null,
    string? Action = null,
    string? TargetType = null,
    string? TargetId = null,
    AuditOutcome? Outcome = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool LoginsOnly = false)
{
    private const string AuthPrefix = "auth.";

    /// <summary>The filter as given on a query string, with a Chinese message for what cannot be read.</summary>
    public static Result<AuditFilter> Parse(string? user, string? action, string? targetType, string? targetId,
        string? outcome, string? from, string? to, bool loginsOnly = false)
    {
        AuditOutcome? parsedOutcome = null;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            var text = outcome.Trim();
            parsedOutcome = Enum.GetValues<AuditOutcome>()
                .Where(o => string.Equals(o.ToString(), text, StringComparison.OrdinalIgnoreCase) || AuditLabels.Outcome(o) == text)
                .Select(o => (AuditOutcome?)o)
                .FirstOrDefault();
            if (parsedOutcome is null)
            {
                return Error.Validation("audit.outcome", $"结果“{text}”无法识别，应为 成功、失败 或 拒绝（Success、Failure、Denied）。");
            }
        }
        if (!TryDate(from, out var fromDate))
        {
            return Error.Validation("audit.from", $"开始日期“{from}”格式不对，应为 yyyy-MM-dd，例如 2026-01-31。");
        }
        if (!TryDate(to, out var toDate))
        {
            return Error.Validation("audit.to", $"结束日期“{to}”格式不对，应为 yyyy-MM-dd，例如 2026-01-31。");
        }
        var filter = new AuditFilter(Blank(user), Blank(action), Blank(targetType), Blank(targetId), parsedOutcome, fromDate, toDate, loginsOnly);
        return filter.Validate() is { } error ? error : filter;
    }

    public Error? Validate() =>
        From is { } from && To is { } to && from > to
            ? Error.Validation("audit.range", "开始日期不能晚于结束日期。")
            : LoginsOnly && Action is { } action && !action.StartsWith(AuthPrefix, StringComparison.Ordinal)
                ? Error.Validation("audit.action", "登录日志只包含登录相关的操作（auth.*）。")
                : null;

    /// <summary>Parameterised LINQ only: every value reaches the database as a parameter.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (User is { } user)
        {
            entries = entries.Where(e => e.UserName != null && e.UserName.Contains(user));
        }
        if (Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }
        else if (LoginsOnly)
        {
            entries = entries.Where(e => e.Action.StartsWith(AuthPrefix));
        }
        if (TargetType is { } targetType)
        {
            entries = entries.Where(e => e.TargetType == targetType);
        }
        if (TargetId is { } targetId)
        {
            entries = entries.Where(e => e.TargetId == targetId);
        }
        if (Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }
        if (From is { } from)
        {
            var fromUtc = StartOfBeijingDayUtc(from);
            entries = entries.Where(e => e.OccurredAtUtc >= fromUtc);
        }
        if (To is { } to)
        {
            var toUtc = StartOfBeijingDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAtUtc < toUtc);
        }
        return entries;
    }

    public static DateTime StartOfBeijingDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Text.BeijingTime.Offset, DateTimeKind.Utc);

    public static string Beijing(DateTime utc) =>
        Text.BeijingTime.Format(utc, "yyyy-MM-dd HH:mm:ss");

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
