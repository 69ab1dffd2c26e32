using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Results;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>Checks a plan edited in the preview before anything is written.</summary>
public static class PlanValidation
{
    public const int MaxTitleLength = 300;
    public const int MaxTaskTitleLength = 500;

    public static Error? Validate(ParsedPlan plan)
    {
        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            return Invalid("请填写要点标题。");
        }
        if (plan.Title.Length > MaxTitleLength)
        {
            return Invalid($"要点标题不能超过 {MaxTitleLength} 个字。");
        }
        if (plan.Issuer?.Length > 200 || plan.DocNumber?.Length > 100)
        {
            return Invalid("发文单位不能超过 200 个字，文号不能超过 100 个字。");
        }
        if (plan.PlanYear is < 1949 or > 2200)
        {
            return Invalid($"年度 {plan.PlanYear} 不是有效年份。");
        }
        if (plan.Sections is null || plan.Sections.Count == 0 || plan.Sections.All(s => s.Tasks is null || s.Tasks.Count == 0))
        {
            return Invalid("要点中没有任何任务，无法保存。");
        }
        foreach (var section in plan.Sections)
        {
            if (section.Title?.Length > 500)
            {
                return Invalid($"第 {section.Ordinal} 部分标题过长（不能超过 500 个字）。");
            }
            foreach (var task in section.Tasks ?? [])
            {
                if (string.IsNullOrWhiteSpace(task.Ordinal) || task.Ordinal.Length > 20)
                {
                    return Invalid("每项任务都需要序号（不超过 20 个字）。");
                }
                if (string.IsNullOrWhiteSpace(task.Title) || task.Title.Length > MaxTaskTitleLength)
                {
                    return Invalid($"任务 {task.Ordinal} 的标题为空或超过 {MaxTaskTitleLength} 个字。");
                }
                var bad = Check(task.Targets, $"任务 {task.Ordinal}");
                if (bad is not null)
                {
                    return bad;
                }
            }
        }
        return Check(plan.HeadlineTargets, "主要预期目标");
    }

    private static Error? Check(IReadOnlyList<ParsedTarget>? targets, string where)
    {
        foreach (var target in targets ?? [])
        {
            if (ValidateTarget(target, where) is { } error)
            {
                return error;
            }
        }
        return null;
    }

    public static Error? ValidateTarget(ParsedTarget target, string where)
    {
        if (string.IsNullOrWhiteSpace(target.Indicator) || target.Indicator.Length > 300)
        {
            return Invalid($"{where}中有目标缺少指标名称（或超过 300 个字）。");
        }
        if (!Enum.IsDefined(target.Measure) || !Enum.IsDefined(target.Comparator))
        {
            return Invalid($"{where}中目标“{target.Indicator}”的口径或比较方式无效。");
        }
        if (!target.Qualitative && target.Value is null)
        {
            return Invalid($"{where}中目标“{target.Indicator}”缺少数值；如为定性目标请勾选“定性”。");
        }
        if (target.Unit?.Length > 20 || target.Text?.Length > 1000)
        {
            return Invalid($"{where}中目标“{target.Indicator}”的单位或原文过长。");
        }
        return null;
    }

    private static Error Invalid(string message) => Error.Validation("plan-invalid", message);
}
