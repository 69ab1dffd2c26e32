using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans;

/// <summary>The module's tables, all prefixed <c>wp_</c>.</summary>
internal sealed class WorkPlansModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkPlansModel).Assembly);
    }
}
