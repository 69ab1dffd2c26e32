using Kechuang.Platform.Audit;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Audit.WriteCheckpoint;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Audit.WriteCheckpoint;

public sealed class WriteAuditCheckpointTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-checkpoints-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory, DatabaseData]
    public async Task Checkpoint_WritesTheHeadToAFileAndRecordsAnEntry(DatabaseProvider provider)
    {
        var clock = new TestClock { Fixed = new DateTimeOffset(2026, 3, 1, 8, 30, 15, 250, TimeSpan.Zero) };
        await using var database = await AuditTestKit.CreateAsync(provider, clock);
        var head = await AuditTestKit.SaveUnitsAsync(database, 3);
        var headHash = (await AuditTestKit.AllAsync(database))[^1].Hash;

        var written = await WriteAsync(database, _folder);

        Assert.Equal(Path.Combine(_folder, "audit-checkpoint-20260301T083015250Z.json"), written.Path);
        var fromFile = await AuditCheckpoint.ReadAsync(written.Path, CancellationToken.None);
        Assert.True(fromFile.IsSuccess);
        Assert.Equal(head, fromFile.Value.Sequence);
        Assert.Equal(headHash, fromFile.Value.Hash);
        Assert.Equal(head, fromFile.Value.EntryCount);
        Assert.Equal(clock.Fixed.Value.UtcDateTime, fromFile.Value.CreatedAtUtc);
        var entry = (await AuditTestKit.AllAsync(database))[^1];
        Assert.Equal(AuditActions.Checkpoint, entry.Action);
        Assert.Equal(head + 1, entry.Sequence);
        Assert.Contains(headHash, entry.Detail, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ChainRewrittenFromTheCheckpointOn_PassesLinksButFailsTheCheckpoint(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 4);
        var checkpoint = (await WriteAsync(database, _folder)).Checkpoint;
        await AuditTestKit.SaveUnitsAsync(database, 2, "后续单位");
        Assert.True((await VerifyAsync(database, checkpoint)).CheckpointMatched);

        // Someone rewrites entry 3 and recomputes every hash after it: the links alone no longer show it.
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
            var previous = entries[1].Hash;
            foreach (var entry in entries.Skip(2))
            {
                if (entry.Sequence == 3)
                {
                    entry.Detail = "伪造";
                }
                entry.PreviousHash = previous;
                entry.Hash = AuditHashing.Hash(entry);
                previous = entry.Hash;
            }
            await db.SaveChangesAsync();
        }

        Assert.True((await VerifyAsync(database, null)).Intact);
        var result = await VerifyAsync(database, checkpoint);
        Assert.False(result.Intact);
        Assert.False(result.CheckpointMatched);
        Assert.Equal(AuditBreakKind.CheckpointMismatch, result.FirstBreak!.Kind);
        Assert.Equal(checkpoint.Sequence, result.FirstBreak.Sequence);
        Assert.Contains("与存证", result.FirstBreak.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ChainTruncatedBelowTheCheckpoint_IsReported(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await AuditTestKit.SaveUnitsAsync(database, 5);
        var checkpoint = (await WriteAsync(database, _folder)).Checkpoint;
        await using (var db = database.NewDbContext())
        {
            await AuditTestKit.RemoveGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sys_audit_entries WHERE \"Sequence\" >= 4");
        }

        var result = await VerifyAsync(database, checkpoint);

        Assert.False(result.Intact);
        Assert.Equal(checkpoint.Sequence, result.FirstBreak!.Sequence);
        Assert.Contains("现在只到第 3 条", result.FirstBreak.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCheckpointFile_IsRefusedInChinese()
    {
        Assert.Contains("不是有效的 JSON", AuditCheckpoint.Parse("{不是 JSON").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("格式不对", AuditCheckpoint.Parse("""{"format":"kc-audit-checkpoint-v1","sequence":3,"hash":"abc"}""").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeFolder_IsResolvedUnderTheCheckoutRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "kc-root-" + Guid.NewGuid().ToString("N"));
        var nested = Directory.CreateDirectory(Path.Combine(root, "src", "Kechuang.Web")).FullName;
        File.WriteAllText(Path.Combine(root, "Kechuang.slnx"), "<Solution />");
        try
        {
            Assert.Equal(Path.Combine(root, "data", "audit-checkpoints"), AuditOptions.ResolveFolder(AuditOptions.DefaultCheckpointFolder, nested));
            Assert.Equal("/srv/存证", AuditOptions.ResolveFolder("/srv/存证", nested));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<AuditCheckpointWritten> WriteAsync(TestDatabase database, string folder)
    {
        await using var scope = database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<WriteAuditCheckpoint>().ExecuteAsync(folder, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database, AuditCheckpoint? checkpoint)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(checkpoint, CancellationToken.None);
    }
}
