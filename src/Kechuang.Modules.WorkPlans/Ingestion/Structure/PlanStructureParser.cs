using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Modules.WorkPlans.Ingestion.Diagnostics;
using Kechuang.Modules.WorkPlans.Ingestion.Layout;
using Kechuang.Modules.WorkPlans.Ingestion.Targets;

namespace Kechuang.Modules.WorkPlans.Ingestion.Structure;

/// <summary>Finds the notice wrapper, metadata, headline targets, sections and tasks in repaired paragraphs.</summary>
public static partial class PlanStructureParser
{
    private const int NoticeSearchLimit = 15;
    private const int TitleSearchLimit = 12;

    public static ParsedPlan Parse(IReadOnlyList<string> paragraphs) => Analyze(paragraphs).Plan;

    /// <exception cref="PlanDocumentException">no plan structure was recognised.</exception>
    public static PlanStructure Analyze(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var paras = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            var clean = LineText.Clean(p ?? string.Empty);
            if (clean.Length > 0)
            {
                paras.Add(clean);
            }
        }
        var front = FrontMatter.Find(paras);
        var back = BackMatter.Find(paras, front.BodyStart);
        var body = new BodyParser(paras, front.BodyStart, back.BodyEnd);
        body.Run();

        var headlineTargets = body.HeadlineText is { } headline ? TargetExtractor.Extract(headline) : [];
        if (body.TaskCount == 0 && body.Sections.Count == 0 && headlineTargets.Count == 0)
        {
            throw new PlanDocumentException(
                PlanDocumentErrors.NotAPlan,
                "未识别出工作要点的结构：没有找到“一、”“1.”等编号的部分或任务，也没有找到主要目标。");
        }

        var title = front.Title ?? (front.NoticeTitle is { } nt ? NoticePatterns.QuotedTitle(nt) : null);
        var planYear = YearOf(title) ?? OcrDiagnostics.DominantBodyYear(
            new OcrContext(paras, front.BodyStart, back.BodyEnd, [], DateTime.UtcNow.Year));
        var issuer = front.Signature ?? front.IssuerFromNoticeTitle ?? front.IssuerFromBanner
            ?? IssuerFromTitle(title) ?? back.Signature;
        var date = front.Date ?? back.FooterDate ?? back.Date;

        var headerTexts = new List<string>();
        AddIfPresent(headerTexts, title);
        AddIfPresent(headerTexts, front.NoticeTitle);
        AddIfPresent(headerTexts, front.DocNumber);
        AddIfPresent(headerTexts, front.DateLine);
        AddIfPresent(headerTexts, back.FooterLine);
        AddIfPresent(headerTexts, back.DateLine);

        var diagnostics = new List<ParseDiagnostic>();
        diagnostics.AddRange(OcrDiagnostics.Analyze(
            new OcrContext(paras, front.BodyStart, back.BodyEnd, headerTexts, DateTime.UtcNow.Year)));
        diagnostics.AddRange(body.Diagnostics);
        if (body.HeadlineText is null)
        {
            diagnostics.Add(new ParseDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.NoHeadlineTargets,
                "未找到主要预期目标段落（“主要目标”“预期目标”或以“力争”开头的句子）。", string.Empty, null));
        }
        else if (headlineTargets.Count == 0)
        {
            diagnostics.Add(new ParseDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.NoHeadlineTargets,
                "主要预期目标段落中未识别出数量目标。", OcrDiagnostics.Excerpt(body.HeadlineText, 0, 0), null));
        }

        var plan = new ParsedPlan(
            title, issuer, front.DocNumber, date?.Iso, planYear, headlineTargets, body.Sections, diagnostics);
        return new PlanStructure(plan, body.HeadlineText, body.Preamble);
    }

    private static void AddIfPresent(List<string> list, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            list.Add(text);
        }
    }

    private static int? YearOf(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var match = NoticePatterns.MatchYear(text);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"省委科技工委 省科技厅 2020 年科技工作要点" → "省委科技工委 省科技厅": the organisations named before
    /// the year. A title that starts with the year ("2021年西安市科技工作要点") names a place, not an issuer.</summary>
    private static string? IssuerFromTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var match = NoticePatterns.MatchYear(title);
        if (!match.Success || match.Index == 0)
        {
            return null;
        }
        var prefix = title[..match.Index].Trim();
        return prefix.Length >= 2 && NoticePatterns.EndsWithOrganisation(prefix) ? prefix : null;
    }

    /// <summary>The notice wrapper and plan title at the top of the document.</summary>
    private sealed class FrontMatter
    {
        public int BodyStart { get; private set; }
        public string? Title { get; private set; }
        public string? NoticeTitle { get; private set; }
        public string? DocNumber { get; private set; }
        public string? Signature { get; private set; }
        public string? IssuerFromNoticeTitle { get; private set; }
        public string? IssuerFromBanner { get; private set; }
        public WrittenDate? Date { get; private set; }
        public string? DateLine { get; private set; }

        public static FrontMatter Find(List<string> paras)
        {
            var front = new FrontMatter();
            var limit = Math.Min(paras.Count, NoticeSearchLimit);
            var firstHeading = FirstHeading(paras, limit);
            var noticeEnd = -1;
            for (var i = 0; i < Math.Min(limit, firstHeading); i++)
            {
                var p = paras[i];
                if (front.NoticeTitle is null && NoticePatterns.IsBanner(p))
                {
                    front.IssuerFromBanner = p[..^2].Trim();
                    noticeEnd = i;
                }
                else if (front.DocNumber is null && NoticePatterns.IsDocNumberLine(p))
                {
                    front.DocNumber = p;
                    noticeEnd = i;
                }
                else if (front.NoticeTitle is null && NoticePatterns.IsNoticeTitle(p))
                {
                    front.SetNoticeTitle(p);
                    noticeEnd = i;
                }
                else if (front.NoticeTitle is null && i + 1 < paras.Count && NoticePatterns.IsNoticeTitleStart(p)
                    && NoticePatterns.IsNoticeTitle(p + paras[i + 1]))
                {
                    front.SetNoticeTitle(p + paras[i + 1]);
                    noticeEnd = ++i;
                }
            }
            if (front.NoticeTitle is not null)
            {
                noticeEnd = front.FindNoticeEnd(paras, noticeEnd + 1, firstHeading);
            }
            var titleStart = noticeEnd + 1;
            for (var i = titleStart; i < Math.Min(paras.Count, titleStart + TitleSearchLimit) && i < firstHeading; i++)
            {
                if (NoticePatterns.IsPlanTitle(paras[i]))
                {
                    front.Title = paras[i];
                    front.BodyStart = i + 1;
                    return front;
                }
                if (NoticePatterns.IsAttachmentLabel(paras[i]) || NoticePatterns.IsDocNumberLine(paras[i]))
                {
                    titleStart = i + 1;
                }
            }
            front.BodyStart = Math.Max(0, titleStart);
            return front;
        }

        private void SetNoticeTitle(string text)
        {
            NoticeTitle = text;
            var about = text.IndexOf("关于", StringComparison.Ordinal);
            if (about >= 2)
            {
                var prefix = text[..about].Trim();
                IssuerFromNoticeTitle = NoticePatterns.EndsWithOrganisation(prefix) ? prefix : null;
            }
        }

        /// <summary>After the notice title: addressees, body, signature and date; returns the index of the last
        /// notice paragraph (the date, or the signature when the date is missing).</summary>
        private int FindNoticeEnd(List<string> paras, int start, int firstHeading)
        {
            var end = start - 1;
            var limit = Math.Min(Math.Min(paras.Count, start + NoticeSearchLimit), firstHeading);
            for (var i = start; i < limit; i++)
            {
                var p = paras[i];
                if (NoticePatterns.IsPlanTitle(p))
                {
                    return end;
                }
                if (NoticePatterns.IsDateLine(p))
                {
                    Date = NoticePatterns.FindDate(p);
                    DateLine = p;
                    if (i > start && NoticePatterns.IsOrganisationLine(paras[i - 1]))
                    {
                        Signature = paras[i - 1];
                    }
                    return i;
                }
                if (NoticePatterns.IsOrganisationLine(p))
                {
                    Signature = p;
                    end = i;
                }
            }
            return end;
        }

        private static int FirstHeading(List<string> paras, int limit)
        {
            for (var i = 0; i < limit; i++)
            {
                if (Ordinals.Match(paras[i]) is { Value: 1 })
                {
                    return i;
                }
            }
            return paras.Count;
        }
    }

    /// <summary>The signature, date, 版记 and copy lines at the end of the document.</summary>
    private sealed class BackMatter
    {
        public int BodyEnd { get; private set; }
        public string? Signature { get; private set; }
        public WrittenDate? Date { get; private set; }
        public string? DateLine { get; private set; }
        public WrittenDate? FooterDate { get; private set; }
        public string? FooterLine { get; private set; }

        public static BackMatter Find(List<string> paras, int bodyStart)
        {
            var back = new BackMatter { BodyEnd = paras.Count };
            var i = paras.Count - 1;
            var sawDate = false;
            while (i >= bodyStart && paras.Count - i <= 12)
            {
                var p = paras[i];
                if (NoticePatterns.IsIssuedFooter(p))
                {
                    back.FooterLine ??= p;
                    back.FooterDate ??= NoticePatterns.FindDate(p);
                }
                else if (NoticePatterns.IsCopyLine(p) || LooksLikeRule(p))
                {
                }
                else if (NoticePatterns.IsDateLine(p))
                {
                    back.DateLine ??= p;
                    back.Date ??= NoticePatterns.FindDate(p);
                    sawDate = true;
                }
                else if (sawDate && NoticePatterns.IsOrganisationLine(p))
                {
                    back.Signature ??= p;
                }
                else
                {
                    break;
                }
                back.BodyEnd = i;
                i--;
            }
            return back;
        }

        private static bool LooksLikeRule(string p) => p.Length > 0 && p.All(c => c is '-' or '—' or '_' or '=' or '─' or '━');
    }

    /// <summary>Sections, tasks, preamble and headline text from the body paragraphs.</summary>
    private sealed partial class BodyParser(List<string> paras, int start, int end)
    {
        private readonly List<ParsedSection> sections = [];
        private readonly List<ParseDiagnostic> diagnostics = [];
        private readonly StringBuilder preamble = new();
        private readonly List<string> preambleParts = [];
        private readonly List<(string Title, string Text)> preambleHeadings = [];

        private OrdinalMark?[] marks = [];
        private int[] levelOf = [];
        private int sectionLevel = -1;
        private int taskLevel = -1;

        public List<ParsedSection> Sections => sections;
        public IReadOnlyList<ParseDiagnostic> Diagnostics => diagnostics;
        public int TaskCount { get; private set; }
        public string? HeadlineText { get; private set; }
        public string? Preamble => preambleParts.Count == 0 ? null : string.Join('\n', preambleParts);

        public void Run()
        {
            if (end <= start)
            {
                return;
            }
            var count = end - start;
            var found = new OrdinalMark?[count];
            for (var i = 0; i < count; i++)
            {
                found[i] = Ordinals.Match(paras[start + i]);
            }
            var accepted = Ordinals.AcceptSequences(found);
            marks = new OrdinalMark?[count];
            for (var i = 0; i < count; i++)
            {
                marks[i] = accepted[i] ? found[i] : null;
            }
            ChooseLevels();
            Build();
        }

        private void ChooseLevels()
        {
            var occurrences = new int[Ordinals.StyleCount];
            var firstSeen = Enumerable.Repeat(int.MaxValue, Ordinals.StyleCount).ToArray();
            for (var i = 0; i < marks.Length; i++)
            {
                if (marks[i] is { } mark)
                {
                    occurrences[(int)mark.Style]++;
                    firstSeen[(int)mark.Style] = Math.Min(firstSeen[(int)mark.Style], i);
                }
            }
            var styles = Enumerable.Range(0, Ordinals.StyleCount).Where(s => occurrences[s] > 0).ToList();
            if (styles.Count > 1)
            {
                // A style seen once is an aside (one "（一）" inside a task), not a level of the outline.
                styles = styles.Where(s => occurrences[s] > 1).DefaultIfEmpty(styles.MaxBy(s => occurrences[s])).ToList();
            }
            // Outline levels in the order they first appear; the conventional rank breaks ties.
            var levels = styles.OrderBy(s => firstSeen[s]).ThenBy(s => s).ToList();
            levelOf = Enumerable.Repeat(-1, Ordinals.StyleCount).ToArray();
            for (var l = 0; l < levels.Count; l++)
            {
                levelOf[levels[l]] = l;
            }
            if (levels.Count == 0)
            {
                return;
            }
            if (levels.Count == 1)
            {
                taskLevel = 0;
                return;
            }
            // Tasks sit at the level below sections, or deeper when that level only groups numbered items under
            // short headings (一、 → （一）heading → 1. task).
            taskLevel = 1;
            while (taskLevel + 1 < levels.Count && Coverage(taskLevel + 1, taskLevel) >= 0.5 && HeadingLike(taskLevel))
            {
                taskLevel++;
            }
            // Sections: the highest level above the tasks where at least two items hold tasks (a top level of
            // 总体要求 / 主要目标 / 重点任务 where only one item holds tasks is not the sectioning).
            sectionLevel = taskLevel - 1;
            for (var l = 0; l < taskLevel; l++)
            {
                if (ItemsHoldingTasks(l) >= 2)
                {
                    sectionLevel = l;
                    break;
                }
            }
        }

        private double Coverage(int child, int parent)
        {
            var parents = 0;
            var covered = 0;
            var open = false;
            var hasChild = false;
            for (var i = 0; i < marks.Length; i++)
            {
                if (marks[i] is not { } mark)
                {
                    continue;
                }
                var level = levelOf[(int)mark.Style];
                if (level < 0)
                {
                    continue;
                }
                if (level <= parent)
                {
                    if (open && hasChild)
                    {
                        covered++;
                    }
                    open = level == parent;
                    hasChild = false;
                    if (open)
                    {
                        parents++;
                    }
                }
                else if (level == child && open)
                {
                    hasChild = true;
                }
            }
            if (open && hasChild)
            {
                covered++;
            }
            return parents == 0 ? 0 : (double)covered / parents;
        }

        private int ItemsHoldingTasks(int level)
        {
            var holding = 0;
            var open = false;
            var counted = false;
            for (var i = 0; i < marks.Length; i++)
            {
                if (marks[i] is not { } mark || levelOf[(int)mark.Style] is var l && l < 0)
                {
                    continue;
                }
                if (l <= level)
                {
                    open = l == level;
                    counted = false;
                }
                else if (l == taskLevel && open && !counted)
                {
                    holding++;
                    counted = true;
                }
            }
            return holding;
        }

        private bool HeadingLike(int level)
        {
            var items = 0;
            var headings = 0;
            for (var i = 0; i < marks.Length; i++)
            {
                if (marks[i] is { } mark && levelOf[(int)mark.Style] == level)
                {
                    items++;
                    var text = paras[start + i][mark.Length..];
                    if (text.Length <= 40 && !text.Contains('。'))
                    {
                        headings++;
                    }
                }
            }
            return items > 0 && headings * 10 >= items * 7;
        }

        private void Build()
        {
            string? sectionOrdinal = null;
            string? sectionTitle = null;
            var sectionIntro = new List<string>();
            var sectionOpen = false;
            var tasks = new List<ParsedTask>();
            string? taskOrdinal = null;
            var taskText = new StringBuilder();
            var lastTaskValue = 0;
            var lastSectionValue = 0;
            var anyTask = false;

            void CloseTask()
            {
                if (taskOrdinal is null)
                {
                    return;
                }
                var text = taskText.ToString();
                tasks.Add(new ParsedTask(taskOrdinal, TaskTitle(text), text, TargetExtractor.Extract(text)));
                TaskCount++;
                taskOrdinal = null;
                taskText.Clear();
            }

            void CloseSection()
            {
                CloseTask();
                if (!sectionOpen)
                {
                    return;
                }
                if (tasks.Count == 0 && !anyTask)
                {
                    // A heading before any task (总体思路, 主要目标) is preamble, not a section.
                    preambleHeadings.Add((sectionTitle ?? string.Empty, string.Join('\n', sectionIntro)));
                    preambleParts.Add(sectionTitle ?? string.Empty);
                    preambleParts.AddRange(sectionIntro);
                }
                else
                {
                    sections.Add(new ParsedSection(sectionOrdinal, sectionTitle, tasks.ToList()));
                }
                anyTask |= tasks.Count > 0;
                tasks.Clear();
                sectionIntro.Clear();
                sectionOpen = false;
            }

            for (var i = 0; i < marks.Length; i++)
            {
                var paragraph = paras[start + i];
                var mark = marks[i];
                var level = mark is { } m ? levelOf[(int)m.Style] : -1;
                if (mark is { } heading && level >= 0 && level <= taskLevel)
                {
                    var rest = paragraph[heading.Length..];
                    if (level == taskLevel)
                    {
                        CloseTask();
                        if (!sectionOpen)
                        {
                            // Tasks with no section above them: the document has no section level here.
                            sectionOpen = true;
                            sectionOrdinal = null;
                            sectionTitle = null;
                        }
                        CheckGap(heading, ref lastTaskValue, paragraph, "任务");
                        taskOrdinal = heading.Ordinal;
                        taskText.Append(rest);
                        continue;
                    }
                    if (level == sectionLevel)
                    {
                        CloseSection();
                        CheckGap(heading, ref lastSectionValue, paragraph, "部分");
                        sectionOpen = true;
                        sectionOrdinal = heading.Ordinal;
                        var (title, intro) = SplitHeading(rest);
                        sectionTitle = title;
                        if (intro.Length > 0)
                        {
                            sectionIntro.Add(intro);
                        }
                        continue;
                    }
                    if (level < sectionLevel)
                    {
                        // Above the sections (一、总体要求 over （一） sections): close and keep as preamble text.
                        CloseSection();
                        if (!anyTask)
                        {
                            var (title, intro) = SplitHeading(rest);
                            preambleHeadings.Add((title, intro));
                            preambleParts.Add(paragraph);
                        }
                        continue;
                    }
                    // A grouping level between sections and tasks: its heading closes the task before it.
                    CloseTask();
                    continue;
                }
                if (taskOrdinal is not null)
                {
                    taskText.Append('\n').Append(paragraph);
                }
                else if (sectionOpen)
                {
                    sectionIntro.Add(paragraph);
                }
                else
                {
                    preambleParts.Add(paragraph);
                }
            }
            CloseSection();
            if (sections.Count == 1 && sections[0].Ordinal is null && sections[0].Tasks.Count == 0)
            {
                sections.Clear();
            }
            HeadlineText = FindHeadline();
        }

        private void CheckGap(OrdinalMark mark, ref int last, string paragraph, string what)
        {
            if (mark.Value != 1 && mark.Value != last + 1 && last > 0)
            {
                diagnostics.Add(new ParseDiagnostic(
                    DiagnosticSeverity.Warning,
                    DiagnosticCodes.NumberingGap,
                    $"{what}编号不连续：“{last}”之后是“{mark.Ordinal}”，可能漏识别了内容。",
                    OcrDiagnostics.Excerpt(paragraph, 0, Math.Min(paragraph.Length, 8)),
                    null));
            }
            last = mark.Value;
        }

        /// <summary>The headline-targets passage: under a 主要目标 heading, after an inline "主要预期目标是：", or the
        /// paragraph from its "力争" on — looked for only before the first task.</summary>
        private string? FindHeadline()
        {
            foreach (var (title, text) in preambleHeadings)
            {
                if (TargetHeadingRegex().IsMatch(title) && text.Length > 0)
                {
                    return text;
                }
            }
            var candidates = preambleParts;
            for (var i = 0; i < candidates.Count; i++)
            {
                var p = candidates[i];
                if (TargetHeadingRegex().IsMatch(p.TrimEnd('：', ':', '。')) && i + 1 < candidates.Count)
                {
                    return candidates[i + 1];
                }
                var inline = InlineTargetLabelRegex().Match(p);
                if (inline.Success && inline.Index + inline.Length < p.Length)
                {
                    return p[(inline.Index + inline.Length)..];
                }
            }
            foreach (var p in candidates)
            {
                var strive = p.IndexOf("力争", StringComparison.Ordinal);
                if (strive >= 0 && (strive == 0 || p[strive - 1] is '。' or '；' or '：' or '，'))
                {
                    return p[strive..];
                }
            }
            return null;
        }

        private static (string Title, string Intro) SplitHeading(string rest)
        {
            var stop = rest.IndexOf('。', StringComparison.Ordinal);
            if (stop < 0)
            {
                var colon = rest.IndexOf('：', StringComparison.Ordinal);
                if (colon > 0 && colon < rest.Length - 1 && colon <= 30)
                {
                    return (rest[..colon].Trim(), rest[(colon + 1)..].Trim());
                }
                return (rest.TrimEnd('：', ':', '；', ';', ' '), string.Empty);
            }
            return (rest[..stop].Trim(), rest[(stop + 1)..].Trim());
        }

        [GeneratedRegex(@"^(?:[0-9]{4}年)?(?:主要|预期|年度|工作|发展|总体|全年)?(?:预期|主要|发展|工作)?(?:目标|指标)(?:任务)?$")]
        private static partial Regex TargetHeadingRegex();

        [GeneratedRegex(@"(?:主要预期目标|主要目标|预期目标|工作目标|发展目标|主要指标|目标任务)(?:是|为)?[：:]")]
        private static partial Regex InlineTargetLabelRegex();
    }

    /// <summary>A task's title: its lead phrase up to the first 。 (or ；, or the whole paragraph when short).</summary>
    internal static string TaskTitle(string text)
    {
        var firstLine = text;
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            firstLine = text[..newline];
        }
        var stop = firstLine.IndexOf('。', StringComparison.Ordinal);
        if (stop < 0)
        {
            stop = firstLine.IndexOf('；', StringComparison.Ordinal);
        }
        if (stop < 0 && firstLine.Length > 60)
        {
            stop = firstLine.IndexOf('，', StringComparison.Ordinal);
            if (stop < 0)
            {
                stop = 60;
            }
        }
        var title = stop < 0 ? firstLine : firstLine[..stop];
        return title.TrimEnd('：', ':', '；', '。', ' ');
    }
}
