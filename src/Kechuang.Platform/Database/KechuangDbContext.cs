using Kechuang.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Database;

/// <param name="audit">The scope's audit recorder; absent only for design-time and test contexts built by hand.</param>
public sealed class KechuangDbContext(
    DbContextOptions<KechuangDbContext> options,
    ModuleModels modules,
    AuditRecorder? audit = null) : DbContext(options)
{
    public DatabaseProvider Provider => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
        ? DatabaseProvider.Postgres
        : DatabaseProvider.Sqlite;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var module in modules.All)
        {
            module.Configure(modelBuilder, Provider);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names so that a reordered enum never silently changes stored data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (audit is not null)
        {
            throw new InvalidOperationException("Use SaveChangesAsync: audited saves take the audit chain's lock asynchronously.");
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Every save writes its audit entries in the same transaction (docs/adr/0005): the entity changes of this save
    /// and whatever the use case staged. A save that opens no transaction of its own gets one here.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (audit is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        ChangeTracker.DetectChanges();
        var records = audit.Collect(this);
        if (records is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var entries = await audit.ChainAsync(this, records, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AuditRecorder.InsertAsync(this, entries, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            audit.Committed();
            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}

/// <summary>The fixed set of module models, registered once per process by each module's registration class.</summary>
public sealed class ModuleModels(IEnumerable<IModuleModel> all)
{
    public IReadOnlyList<IModuleModel> All { get; } = all.OrderBy(m => m.GetType().FullName, StringComparer.Ordinal).ToList();
}
