using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>
/// What to save: the uploaded file and, when the user reviewed it in the preview, the edited plan and the
/// indexes of the diagnostics whose suggestions were accepted. Without an edited plan the file is parsed again.
/// </summary>
public sealed record ImportPlanCommand(
    PlanUpload Upload,
    ParsedPlan? EditedPlan = null,
    IReadOnlyCollection<int>? AcceptedDiagnostics = null,
    ImportAs ImportAs = ImportAs.Automatic);

public enum ImportAs
{
    /// <summary>A new revision when a plan with the same title, year and issuer exists; otherwise a new plan.</summary>
    Automatic,
    NewPlan,
}

public sealed record ImportedPlan(Guid Id, string Title, int Revision, PlanRef? PreviousRevision, int SectionCount, int TaskCount, int TargetCount);

/// <summary>Saves a plan document as a structured plan in one transaction.</summary>
public sealed class ImportPlan(KechuangDbContext db, PlanReadOptions options, TimeProvider clock, ILogger<ImportPlan> logger)
{
    public async Task<Result<ImportedPlan>> ExecuteAsync(ImportPlanCommand command, CancellationToken cancellationToken)
    {
        var upload = command.Upload;
        if (upload.Content.LongLength > options.MaxFileBytes)
        {
            return PlanUpload.TooLarge(options);
        }

        var queries = new PlanQueries(db);
        var existing = await queries.FindByContentHashAsync(upload.ContentHash, cancellationToken);
        if (existing is not null)
        {
            return AlreadyImported(existing);
        }

        ParsedPlan plan;
        if (command.EditedPlan is { } edited)
        {
            var invalid = PlanValidation.Validate(edited);
            if (invalid is not null)
            {
                return invalid;
            }
            plan = edited;
        }
        else
        {
            try
            {
                plan = PlanParser.Parse(upload.Content, upload.FileName, options);
            }
            catch (PlanDocumentException ex)
            {
                return ex.ToError();
            }
        }

        var accepted = (command.AcceptedDiagnostics ?? []).Where(i => i >= 0 && i < plan.Diagnostics.Count).ToHashSet();

        WorkPlan? previous = null;
        if (command.ImportAs == ImportAs.Automatic)
        {
            var previousRef = await queries.FindLatestRevisionAsync(plan.Title, plan.PlanYear, plan.Issuer, cancellationToken);
            if (previousRef is not null)
            {
                previous = await db.Plans().SingleAsync(p => p.Id == previousRef.Id, cancellationToken);
            }
        }

        var entity = WorkPlan.Create(plan, upload.ToSource(), previous, accepted, clock.GetUtcNow().UtcDateTime);
        previous?.Touch();
        db.Plans().Add(entity);
        try
        {
            // One SaveChanges is one transaction: the plan, its sections, tasks, targets and diagnostics, and the
            // previous revision's flag are written together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            var raced = await queries.FindByContentHashAsync(upload.ContentHash, cancellationToken);
            if (raced is not null)
            {
                return AlreadyImported(raced);
            }
            logger.LogWarning(ex, "Saving plan {FileName} failed", upload.FileName);
            return Error.Conflict("plan-save-conflict", "保存失败：该要点的上一版本刚被他人修改，请刷新后重试。");
        }

        logger.LogInformation("Imported plan {PlanId} '{Title}' revision {Revision} from {FileName}",
            entity.Id, entity.Title, entity.Revision, upload.FileName);
        var previousRef2 = previous is null ? null : new PlanRef(previous.Id, previous.Title, previous.PlanYear, previous.Revision, previous.ImportedAtUtc);
        return new ImportedPlan(entity.Id, entity.Title, entity.Revision, previousRef2,
            entity.Sections.Count, entity.Tasks.Count(), entity.Targets.Count);
    }

    private static Error AlreadyImported(PlanRef existing) => Error.Conflict(
        "plan-already-imported",
        $"该文件已于 {Kechuang.Platform.Text.BeijingTime.Format(existing.ImportedAtUtc)} 导入为《{existing.Title}》（第 {existing.Revision} 版），无需重复导入。");
}
