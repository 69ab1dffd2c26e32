using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans.SearchPlan;

public sealed record PlanSearchHit(Guid TaskId, string? SectionOrdinal, string? SectionTitle, string TaskOrdinal, string TaskTitle, string Snippet);

/// <summary>Finds the tasks of one plan whose title or text contains the words (all of them, in any order).</summary>
public sealed class SearchPlan(KechuangDbContext db)
{
    public const int MaxQueryLength = 100;
    private const int SnippetRadius = 40;

    public async Task<Result<IReadOnlyList<PlanSearchHit>>> ExecuteAsync(Guid planId, string? query, CancellationToken cancellationToken)
    {
        var words = (query ?? "").Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return Error.Validation("search-empty", "请输入要搜索的关键词。");
        }
        if (query!.Length > MaxQueryLength)
        {
            return Error.Validation("search-too-long", $"关键词不能超过 {MaxQueryLength} 个字。");
        }
        if (!await db.Plans().AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return Error.NotFound("plan-not-found", "未找到该工作要点，可能已被删除。");
        }

        // Contains() is translated to instr()/strpos() with parameters: no LIKE wildcards, no injection.
        var tasks = db.PlanTasks().AsNoTracking().Where(t => t.PlanId == planId);
        foreach (var word in words)
        {
            tasks = tasks.Where(t => t.Title.Contains(word) || t.Text.Contains(word));
        }
        var rows = await tasks
            .Join(db.PlanSections(), t => t.SectionId, s => s.Id, (t, s) => new { Task = t, Section = s })
            .OrderBy(x => x.Section.Position).ThenBy(x => x.Task.Position)
            .Select(x => new { x.Task.Id, SectionOrdinal = x.Section.Ordinal, SectionTitle = x.Section.Title, x.Task.Ordinal, x.Task.Title, x.Task.Text })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new PlanSearchHit(r.Id, r.SectionOrdinal, r.SectionTitle, r.Ordinal, r.Title, Snippet(r.Text, words[0])))
            .ToList();
    }

    private static string Snippet(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0)
        {
            return text.Length <= SnippetRadius * 2 ? text : text[..(SnippetRadius * 2)] + "…";
        }
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(text.Length, at + word.Length + SnippetRadius);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
