using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Database;

/// <summary>
/// A module's contribution to the shared model: it maps its own tables (with its own prefix) and nothing else.
/// See docs/adr/0002-one-dbcontext-module-owned-models.md.
/// </summary>
public interface IModuleModel
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}
