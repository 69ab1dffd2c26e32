using Kechuang.Modules.Registry;
using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kechuang.Migrations.Sqlite;

/// <summary>Builds the context for `scripts/ef.sh` (the EF tools) with every module's model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KechuangDbContext>
{
    public KechuangDbContext CreateDbContext(string[] args)
    {
        var options = new DatabaseOptions(DatabaseProvider.Sqlite,
            "Data Source=design-time.db");
        var builder = new DbContextOptionsBuilder<KechuangDbContext>();
        DatabaseRegistration.Configure(builder, options);
        return new KechuangDbContext(builder.Options, new ModuleModels([.. PlatformModels.All, WorkPlansModule.Model, RegistryModule.Model]));
    }
}
