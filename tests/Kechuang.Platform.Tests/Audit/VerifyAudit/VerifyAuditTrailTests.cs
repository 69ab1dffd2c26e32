using Kechuang.Platform.Audit;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Audit.VerifyAudit;

public sealed class VerifyAuditTrailTests
{
    [Theory, DatabaseData]
    public async Task ChainWrittenByRealSaves_IsIntact(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        var head = await AuditTestKit.SaveUnitsAsync(database, 5);
        await AuditTestKit.RecordAsync(database, new AuditRecord(AuditActions.LoginFailed, "User", null, AuditOutcome.Failure, Detail: "密码错误"));

        var result = await VerifyAsync(database);

        Assert.True(result.Intact, result.Summary);
        Assert.Equal(head + 1, result.CheckedCount);
        Assert.Equal(1, result.FirstSequence);
        Assert.Equal(head + 1, result.HeadSequence);
        Assert.Equal((await AuditTestKit.AllAsync(database))[^1].Hash, result.HeadHash);
        Assert.StartsWith("审计链完整", result.Summary, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task RowEditedWithSql_IsNamedAsModified(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 6);
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE sys_audit_entries SET \"Detail\" = '已篡改' WHERE \"Sequence\" = 4");
        }

        var result = await VerifyAsync(database);

        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.ContentChanged, result.FirstBreak.Kind);
        Assert.Equal("第 4 条记录内容与哈希不符（记录被修改）", result.FirstBreak.Message);
        Assert.Equal(3, result.CheckedCount);
    }

    [Theory, DatabaseData]
    public async Task MiddleRowDeletedWithSql_IsNamedAsMissing(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 6);
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sys_audit_entries WHERE \"Sequence\" = 3");
        }

        var result = await VerifyAsync(database);

        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Missing, result.FirstBreak.Kind);
        Assert.Equal("缺少第 3 条", result.FirstBreak.Message);
    }

    [Theory, DatabaseData]
    public async Task RowRewrittenWithItsOwnHashRecomputed_BreaksTheNextLink(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 5);
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Sequence == 2);
            entry.Detail = "伪造的说明";
            entry.Hash = AuditHashing.Hash(entry);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync(database);

        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.LinkBroken, result.FirstBreak.Kind);
        Assert.Equal("第 3 条的前序哈希与第 2 条不符（记录被删除或插入）", result.FirstBreak.Message);
    }

    [Theory, DatabaseData]
    public async Task LeadingRowsDeletedWithoutRetentionRecord_AreReportedMissing(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 4);
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sys_audit_entries WHERE \"Sequence\" <= 2");
        }

        var result = await VerifyAsync(database);

        Assert.False(result.Intact);
        Assert.Equal(AuditBreakKind.Missing, result.FirstBreak!.Kind);
        Assert.StartsWith("缺少第 2 条", result.FirstBreak.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Triggers_RefuseUpdateAndDeleteOfAFreshRow(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 2);
        await using var db = database.NewDbContext();

        var update = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE sys_audit_entries SET \"Detail\" = '已篡改' WHERE \"Sequence\" = 1"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM sys_audit_entries WHERE \"Sequence\" = 1"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("180 days", delete.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(database)).Intact);
        Assert.Equal(2, await db.Set<AuditEntry>().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task TwentyConcurrentSavesFromSeparateScopes_EndInAnIntactChain(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await using var scope = database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            db.Set<Unit>().Add(Unit.Create(null, UnitKind.Bureau, $"并发测试单位{i}", null));
            await db.SaveChangesAsync();
        })));

        var result = await VerifyAsync(database);
        var entries = await AuditTestKit.AllAsync(database);
        Assert.True(result.Intact, result.Summary);
        Assert.Equal(20, entries.Count(e => e.Action == AuditActions.Create && e.TargetType == nameof(Unit)));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(entries.Count, result.CheckedCount);
    }

    [Theory, DatabaseData]
    public async Task ChainLongerThanOneBatch_IsWalkedAcrossBatchesAndAnEditFarInIsFound(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 1; i <= 4500; i++)
            {
                trail.Stage(new AuditRecord(AuditActions.SensitiveRead, "Talent", $"talent-{i}", AuditOutcome.Success));
            }
            await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().SaveChangesAsync();
        }
        var intact = await VerifyAsync(database);
        Assert.True(intact.Intact, intact.Summary);
        Assert.Equal(4500, intact.CheckedCount);

        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE sys_audit_entries SET \"Outcome\" = 'Failure' WHERE \"Sequence\" = 4001");
        }

        var result = await VerifyAsync(database);
        Assert.Equal(4001, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.ContentChanged, result.FirstBreak.Kind);
        Assert.Equal(4000, result.CheckedCount);
    }

    [Theory, DatabaseData]
    public async Task EmptyTrail_IsReportedEmptyAndIntact(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sys_audit_entries");
        }

        var result = await VerifyAsync(database);

        Assert.True(result.Intact);
        Assert.Equal(0, result.CheckedCount);
        Assert.Equal("审计链为空。", result.Summary);
    }

    private static async Task<AuditVerification> VerifyAsync(Kechuang.Testing.Database.TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(null, CancellationToken.None);
    }
}
