using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kechuang.Platform.Database;

/// <summary>Applies pending migrations; on SQLite it also switches the file to WAL, which persists in the file.</summary>
public sealed class DatabaseMigrator(KechuangDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (pending.Count > 0)
        {
            logger.LogInformation("Applied {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
        }
        return pending;
    }
}
