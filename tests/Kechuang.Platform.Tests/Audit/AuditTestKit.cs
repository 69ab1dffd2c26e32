using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang.Platform.Tests.Audit;

/// <summary>A clock the test moves: real time shifted by <see cref="Offset"/>, or a fixed instant.</summary>
internal sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public DateTimeOffset? Fixed { get; set; }

    public override DateTimeOffset GetUtcNow() => Fixed ?? System.GetUtcNow() + Offset;
}

/// <summary>Writes audit entries through real saves and tampers with them behind the triggers' back.</summary>
internal static class AuditTestKit
{
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, TestClock? clock = null,
        IReadOnlyDictionary<string, string?>? settings = null) =>
        TestDatabase.CreateAsync(provider, (services, _) =>
        {
            if (clock is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            }
        }, settings);

    /// <summary>Creates units (each save audits a data.create) and returns the sequence of the chain's head.</summary>
    public static async Task<long> SaveUnitsAsync(TestDatabase database, int count, string prefix = "高新区科技创新服务中心")
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            db.Set<Unit>().Add(Unit.Create(null, UnitKind.Bureau, $"{prefix}{i + 1}", null));
            await db.SaveChangesAsync();
        }
        return await HeadAsync(database);
    }

    public static async Task RecordAsync(TestDatabase database, AuditRecord record)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(record, CancellationToken.None);
    }

    public static async Task<long> HeadAsync(TestDatabase database)
    {
        await using var db = database.NewDbContext();
        return await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence) ?? 0;
    }

    public static async Task<List<AuditEntry>> AllAsync(TestDatabase database)
    {
        await using var db = database.NewDbContext();
        return await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Removes the append-only guard, as only someone with direct database access could.</summary>
    public static async Task RemoveGuardAsync(KechuangDbContext db)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER sys_audit_entries_no_update");
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER sys_audit_entries_retention");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE sys_audit_entries DISABLE TRIGGER sys_audit_entries_guard");
        }
    }
}
