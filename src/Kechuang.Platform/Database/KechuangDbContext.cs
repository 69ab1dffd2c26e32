using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Database;

public sealed class KechuangDbContext(
    DbContextOptions<KechuangDbContext> options,
    ModuleModels modules) : DbContext(options)
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
}

/// <summary>The fixed set of module models, registered once per process by each module's registration class.</summary>
public sealed class ModuleModels(IEnumerable<IModuleModel> all)
{
    public IReadOnlyList<IModuleModel> All { get; } = all.OrderBy(m => m.GetType().FullName, StringComparer.Ordinal).ToList();
}
