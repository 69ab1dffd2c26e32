using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Imports.ListImportBatches;

public sealed record ImportBatchRow(
    Guid Id,
    string Registry,
    string RegistryTitle,
    string FileName,
    string FileHash,
    ImportMode Mode,
    ImportBatchStatus Status,
    string UserName,
    DateTime StartedAtUtc,
    DateTime? FinishedAtUtc,
    int TotalRows,
    int Inserted,
    int Updated,
    int Unchanged,
    int Rejected,
    bool HasReport,
    string? Message,
    DateTime? RolledBackAtUtc,
    string? RolledBackBy);

/// <summary>Import batches, newest first: a user sees their own; a user who sees all data sees everyone's.</summary>
public sealed class ListImportBatches(KechuangDbContext db, RegistryImports imports)
{
    public async Task<Page<ImportBatchRow>> ExecuteAsync(string? registry, PageRequest page, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var batches = Visible(user);
        if (!string.IsNullOrWhiteSpace(registry))
        {
            batches = batches.Where(b => b.Registry == registry);
        }
        var result = await batches.OrderByDescending(b => b.Id).ToPageAsync(page, cancellationToken);
        return new Page<ImportBatchRow>(result.Items.Select(ToRow).ToList(), result.Total, result.TotalIsCapped, result.PageNumber, result.PageSize);
    }

    public async Task<ImportBatch?> FindAsync(Guid id, CurrentUser user, CancellationToken cancellationToken) =>
        await Visible(user).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    private IQueryable<ImportBatch> Visible(CurrentUser user)
    {
        var batches = db.ImportBatches().AsNoTracking();
        return user.Scope.SeesEverything ? batches : batches.Where(b => b.UserId == user.UserId);
    }

    private ImportBatchRow ToRow(ImportBatch b) => new(b.Id, b.Registry, imports.Find(b.Registry)?.Title ?? b.Registry, b.FileName,
        b.FileHash, b.Mode, b.Status, b.UserName, b.StartedAtUtc, b.FinishedAtUtc, b.TotalRows, b.Inserted, b.Updated, b.Unchanged,
        b.Rejected, b.ReportFile is not null, b.Message, b.RolledBackAtUtc, b.RolledBackBy);
}
