using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry;

/// <summary>The module's tables, all prefixed <c>reg_</c>.</summary>
internal sealed class RegistryModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryModel).Assembly);
    }
}
