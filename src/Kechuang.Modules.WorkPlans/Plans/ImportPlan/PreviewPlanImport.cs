using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

public sealed record PlanImportPreview(
    string FileName,
    long Size,
    string ContentHash,
    ParsedPlan Plan,
    PlanRef? AlreadyImported,
    PlanRef? PreviousRevision);

/// <summary>Parses an upload without saving anything, and says whether it is already imported or a new revision.</summary>
public sealed class PreviewPlanImport(KechuangDbContext db, PlanReadOptions options)
{
    public async Task<Result<PlanImportPreview>> ExecuteAsync(PlanUpload upload, CancellationToken cancellationToken)
    {
        ParsedPlan parsed;
        try
        {
            parsed = PlanParser.Parse(upload.Content, upload.FileName, options);
        }
        catch (PlanDocumentException ex)
        {
            return ex.ToError();
        }
        var queries = new PlanQueries(db);
        var existing = await queries.FindByContentHashAsync(upload.ContentHash, cancellationToken);
        var previous = existing is null
            ? await queries.FindLatestRevisionAsync(parsed.Title, parsed.PlanYear, parsed.Issuer, cancellationToken)
            : null;
        return new PlanImportPreview(upload.FileName, upload.Content.LongLength, upload.ContentHash, parsed, existing, previous);
    }
}

internal static class PlanDocumentExceptionErrors
{
    public static Error ToError(this PlanDocumentException ex) => ex.Code switch
    {
        PlanDocumentErrors.TooLarge => Error.TooLarge(ex.Code, ex.Message),
        PlanDocumentErrors.UnsupportedFormat => Error.Unsupported(ex.Code, ex.Message),
        _ => Error.Validation(ex.Code, ex.Message),
    };
}
