using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans.EditPlan;

/// <summary>Corrections after import. <see cref="Version"/> is the plan version the editor saw (optimistic concurrency).</summary>
public sealed record PlanEdit(
    int Version,
    PlanDetailsEdit? Details = null,
    TaskEdit? Task = null,
    TargetEdit? Target = null);

public sealed record PlanDetailsEdit(string Title, string? Issuer, string? DocNumber, string? IssuedOn, int? PlanYear);

public sealed record TaskEdit(Guid TaskId, string Title, string Text);

public sealed record TargetEdit(Guid TargetId, string Text, string Indicator, TargetMeasure Measure, TargetComparator Comparator, decimal? Value, string? Unit, bool Qualitative);

/// <summary>Edits a stored plan: its details, one task or one target; each edit bumps the plan version.</summary>
public sealed class EditPlan(KechuangDbContext db)
{
    public async Task<Result<int>> ExecuteAsync(Guid planId, PlanEdit edit, CancellationToken cancellationToken)
    {
        var plan = await db.Plans().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("plan-not-found", "未找到该工作要点，可能已被删除。");
        }
        if (plan.Version != edit.Version)
        {
            return Stale();
        }

        if (edit.Details is { } details)
        {
            var error = ValidateDetails(details);
            if (error is not null)
            {
                return error;
            }
            plan.SetMetadata(details.Title, details.Issuer, details.DocNumber, details.IssuedOn, details.PlanYear);
        }
        if (edit.Task is { } taskEdit)
        {
            var task = await db.PlanTasks().SingleOrDefaultAsync(t => t.Id == taskEdit.TaskId && t.PlanId == planId, cancellationToken);
            if (task is null)
            {
                return Error.NotFound("task-not-found", "未找到该任务。");
            }
            if (string.IsNullOrWhiteSpace(taskEdit.Title) || taskEdit.Title.Length > PlanValidation.MaxTaskTitleLength)
            {
                return Error.Validation("plan-invalid", $"任务标题不能为空，且不超过 {PlanValidation.MaxTaskTitleLength} 个字。");
            }
            task.Edit(taskEdit.Title, taskEdit.Text ?? "");
        }
        if (edit.Target is { } targetEdit)
        {
            var target = await db.PlanTargets().SingleOrDefaultAsync(t => t.Id == targetEdit.TargetId && t.PlanId == planId, cancellationToken);
            if (target is null)
            {
                return Error.NotFound("target-not-found", "未找到该目标。");
            }
            var parsed = new ParsedTarget(targetEdit.Text ?? "", targetEdit.Indicator ?? "", targetEdit.Measure, targetEdit.Comparator,
                targetEdit.Value, targetEdit.Unit, targetEdit.Qualitative);
            var error = PlanValidation.ValidateTarget(parsed, "该目标");
            if (error is not null)
            {
                return error;
            }
            target.Edit(parsed);
        }

        plan.Touch();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return plan.Version;
    }

    private static Error? ValidateDetails(PlanDetailsEdit details)
    {
        var probe = new ParsedPlan(details.Title, details.Issuer, details.DocNumber, details.IssuedOn, details.PlanYear, [],
            [new ParsedSection(null, null, [new ParsedTask("1", "-", "", [])])], []);
        if (PlanValidation.Validate(probe) is { } error)
        {
            return error;
        }
        if (!string.IsNullOrWhiteSpace(details.IssuedOn) && !DateOnly.TryParseExact(details.IssuedOn.Trim(), "yyyy-MM-dd", out _))
        {
            return Error.Validation("plan-invalid", $"成文日期“{details.IssuedOn}”不是有效日期，请按 2021-03-25 的格式填写。");
        }
        return null;
    }

    private static Error Stale() =>
        Error.Conflict("plan-version-conflict", "该要点已被他人修改，请刷新页面后再编辑。");
}
