using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>
/// Demo mode imports the sample plans in <c>samples/plans</c> so that a newcomer sees real content at once. The
/// suggested OCR corrections are accepted (and recorded as accepted), as a reviewing user would in the preview.
/// </summary>
internal sealed class DemoPlanSeeder(
    PreviewPlanImport preview, ImportPlan import, IConfiguration configuration, ILogger<DemoPlanSeeder> logger) : IDemoSeeder
{
    public async Task SeedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var folder = FindFolder(contentRoot, configuration["Demo:SamplePlansFolder"] ?? "samples/plans");
        if (folder is null)
        {
            logger.LogWarning("Demo sample plans folder not found from {ContentRoot}", contentRoot);
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var upload = new PlanUpload(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken));
            var previewed = await preview.ExecuteAsync(upload, cancellationToken);
            if (!previewed.IsSuccess)
            {
                logger.LogWarning("Demo plan {File} could not be parsed: {Message}", path, previewed.Error.Message);
                continue;
            }
            if (previewed.Value.AlreadyImported is not null)
            {
                continue;
            }
            var (corrected, accepted) = DiagnosticCorrections.ApplyAll(previewed.Value.Plan);
            var result = await import.ExecuteAsync(new ImportPlanCommand(upload, corrected, accepted), cancellationToken);
            if (result.IsSuccess)
            {
                logger.LogInformation("Demo plan imported: {Title}", result.Value.Title);
            }
            else
            {
                logger.LogWarning("Demo plan {File} was not imported: {Message}", path, result.Error.Message);
            }
        }
    }

    /// <summary>The folder relative to the content root or any folder above it (the repository root when run from src/).</summary>
    private static string? FindFolder(string contentRoot, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return Directory.Exists(relative) ? relative : null;
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
