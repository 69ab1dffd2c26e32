namespace Kechuang.Modules.WorkPlans.Ingestion.Targets;

/// <summary>What a verb or qualifier does to the target it governs.</summary>
internal enum Change
{
    None,
    /// <summary>Creates or brings in something during the year: 新增, 新建, 引进, 认定, 培育, 建设 …</summary>
    New,
    /// <summary>净增.</summary>
    Net,
    /// <summary>增长/增速/增幅: a rate with %, otherwise an absolute increase.</summary>
    Growth,
    /// <summary>增加/提高/提升: growth with %, difference with 百分点, otherwise an absolute increase.</summary>
    Increase,
    /// <summary>下降/降低/减少: as <see cref="Increase"/>, negated.</summary>
    Decrease,
    /// <summary>累计: a stock, whatever verb follows.</summary>
    Cumulative,
}

internal readonly record struct Word(string Text, Change Change, TargetComparator? Comparator, bool Verb = false);

/// <summary>The verbs, qualifiers and connectors that surround a quantity in the 工作要点 genre.</summary>
internal static class TargetLexicon
{
    // Verbs meaning "new in the year": the object is created, recognised or brought in during the plan year.
    // 孵化 is left out: it starts nouns (孵化器, 孵化面积) as often as it governs them.
    // Activity verbs (举办, 开展, 组织, 推进 …) count what is done in the year but create no stock: they stay level.
    private static readonly string[] NewVerbs =
    [
        "新增", "新建", "新设", "新认定", "新培育", "新引进", "新组建", "新布局", "新登记", "新备案",
        "引进", "认定", "培育", "建设", "建成", "组建", "创建", "设立", "布局建设", "培养", "打造", "争创",
        "吸引", "引育", "引培", "备案",
    ];

    // Stripped from the front of an indicator; they say when or how eagerly, not what is counted.
    private static readonly string[] Connectors =
    [
        "全年度", "全年", "本年度", "年度", "年内", "今年", "当年", "每年", "以及", "及", "和", "与", "并", "且", "同时", "另",
        "其中", "争取", "确保", "实现", "努力", "全力", "积极", "大力", "着力", "高标准", "高质量", "扎实", "持续",
        "进一步", "加快", "计划", "预计", "共", "合计", "总计",
    ];

    // Activity verbs, stripped too (the object names the activity), but a clause that has one does not inherit
    // the verb of the clause before.
    private static readonly string[] ActionVerbs =
    [
        "推动", "推进", "促进", "指导", "组织", "开展", "举办", "举行", "召开", "实施", "完成", "选派", "遴选", "部署",
        "带动", "改造", "升级",
    ];

    // Verbs that are part of what is counted (服务科技企业贷款, 入库科技型中小企业): kept in the indicator, and,
    // like action verbs, they stop a list continuation from inheriting an earlier verb.
    private static readonly string[] KeptVerbs =
    [
        "入库", "服务", "支持", "资助", "培训", "登记", "评价", "获批", "获得", "申请", "授权", "转化", "推广", "奖补",
        "奖励", "扶持", "帮扶", "发放", "投入", "推荐", "参与",
    ];

    public static bool IsKeptVerb(string text) => Array.IndexOf(KeptVerbs, text) >= 0;

    public static bool StartsWithKeptVerb(ReadOnlySpan<char> text)
    {
        foreach (var verb in KeptVerbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static readonly Word[] LeadWords = BuildLeadWords();

    public static readonly Word[] TrailWords = Sorted(
    [
        new("力争达到", Change.None, TargetComparator.AtLeast),
        new("保持在", Change.None, TargetComparator.Equal),
        new("稳定在", Change.None, TargetComparator.Equal),
        new("保持", Change.None, TargetComparator.Equal),
        new("控制在", Change.None, TargetComparator.AtMost),
        new("不超过", Change.None, TargetComparator.AtMost),
        new("不高于", Change.None, TargetComparator.AtMost),
        new("不多于", Change.None, TargetComparator.AtMost),
        new("不少于", Change.None, TargetComparator.AtLeast),
        new("不低于", Change.None, TargetComparator.AtLeast),
        new("至少", Change.None, TargetComparator.AtLeast),
        new("达到", Change.None, TargetComparator.AtLeast),
        new("提高到", Change.None, TargetComparator.AtLeast),
        new("提升到", Change.None, TargetComparator.AtLeast),
        new("增加到", Change.None, TargetComparator.AtLeast),
        new("增长到", Change.None, TargetComparator.AtLeast),
        new("提高至", Change.None, TargetComparator.AtLeast),
        new("提升至", Change.None, TargetComparator.AtLeast),
        new("增加至", Change.None, TargetComparator.AtLeast),
        new("增至", Change.None, TargetComparator.AtLeast),
        new("达", Change.None, TargetComparator.AtLeast),
        new("超过", Change.None, TargetComparator.MoreThan),
        new("突破", Change.None, TargetComparator.MoreThan),
        new("多于", Change.None, TargetComparator.MoreThan),
        new("超", Change.None, TargetComparator.MoreThan),
        new("逾", Change.None, TargetComparator.MoreThan),
        new("高于", Change.None, TargetComparator.MoreThan),
        new("低于", Change.None, TargetComparator.LessThan),
        new("少于", Change.None, TargetComparator.LessThan),
        new("约", Change.None, TargetComparator.Equal),
        new("近", Change.None, TargetComparator.Equal),
        new("力争", Change.None, TargetComparator.AtLeast),
        new("净增加", Change.Net, null),
        new("净增", Change.Net, null),
        new("新增", Change.New, null),
        new("新建", Change.New, null),
        new("年均增长", Change.Growth, null),
        new("同比增长", Change.Growth, null),
        new("增长率", Change.Growth, null),
        new("增长", Change.Growth, null),
        new("增速", Change.Growth, null),
        new("增幅", Change.Growth, null),
        new("增加", Change.Increase, null),
        new("提高", Change.Increase, null),
        new("提升", Change.Increase, null),
        new("下降", Change.Decrease, null),
        new("降低", Change.Decrease, null),
        new("减少", Change.Decrease, null),
        new("累计", Change.Cumulative, null),
        new("实现", Change.None, null),
        new("年均", Change.None, null),
        new("平均", Change.None, null),
        new("分别", Change.None, null),
        new("各", Change.None, null),
        new("共", Change.None, null),
        new("合计", Change.None, null),
        new("总计", Change.None, null),
        new("为", Change.None, TargetComparator.Equal),
    ]);

    // Words that, right before a Chinese numeral, make it a quantity (新建十个, 达到三家).
    private static readonly string[] CommitVerbs =
    [
        .. NewVerbs, "达到", "超过", "突破", "不少于", "不低于", "至少", "净增", "举办", "开展", "组织", "选派", "完成",
        "支持", "资助", "推动", "推进",
    ];

    /// <summary>
    /// True when a commitment verb governs a Chinese numeral at the end of <paramref name="before"/>: right before it
    /// (新建十个) or at the start of its clause (培育省级新型研发机构五家).
    /// </summary>
    public static bool GovernedByCommitVerb(ReadOnlySpan<char> before)
    {
        foreach (var verb in CommitVerbs)
        {
            if (before.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        var clauseStart = before.LastIndexOfAny("，。；：、,;:“”《》");
        var clause = before[(clauseStart + 1)..];
        if (clause.Length > 30)
        {
            return false;
        }
        for (var guard = 0; guard < 3 && MatchStart(clause, LeadWords) is { } lead; guard++)
        {
            if (lead.Verb && Array.IndexOf(CommitVerbs, lead.Text) >= 0)
            {
                return true;
            }
            clause = clause[lead.Text.Length..];
        }
        return false;
    }

    /// <summary>Longest word of <paramref name="words"/> that <paramref name="text"/> starts with.</summary>
    public static Word? MatchStart(ReadOnlySpan<char> text, Word[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word.Text, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>Longest word of <paramref name="words"/> that <paramref name="text"/> ends with.</summary>
    public static Word? MatchEnd(ReadOnlySpan<char> text, Word[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word.Text, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    private static Word[] BuildLeadWords()
    {
        var words = new List<Word>();
        words.AddRange(NewVerbs.Select(v => new Word(v, Change.New, null, Verb: true)));
        words.AddRange(Connectors.Select(c => new Word(c, Change.None, null)));
        words.AddRange(ActionVerbs.Select(v => new Word(v, Change.None, null, Verb: true)));
        words.Add(new Word("力争", Change.None, TargetComparator.AtLeast));
        words.Add(new Word("至少", Change.None, TargetComparator.AtLeast));
        words.Add(new Word("累计", Change.Cumulative, null));
        return Sorted(words);
    }

    private static Word[] Sorted(IEnumerable<Word> words) =>
        [.. words.OrderByDescending(w => w.Text.Length).ThenBy(w => w.Text, StringComparer.Ordinal)];
}
