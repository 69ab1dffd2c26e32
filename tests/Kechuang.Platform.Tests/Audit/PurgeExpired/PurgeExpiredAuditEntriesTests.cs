using Kechuang.Platform.Audit;
using Kechuang.Platform.Audit.PurgeExpired;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Audit.PurgeExpired;

public sealed class PurgeExpiredAuditEntriesTests
{
    [Theory, DatabaseData]
    public async Task EntriesOlderThanRetention_AreRemovedAndVerificationStartsAfterThem(DatabaseProvider provider)
    {
        var clock = new TestClock { Offset = TimeSpan.FromDays(-200) };
        await using var database = await AuditTestKit.CreateAsync(provider, clock);
        var old = await AuditTestKit.SaveUnitsAsync(database, 5, "旧单位");
        clock.Offset = TimeSpan.Zero;
        var head = await AuditTestKit.SaveUnitsAsync(database, 2, "新单位");

        var purged = await PurgeAsync(database);

        Assert.Equal(old, purged.Removed);
        Assert.Equal(1, purged.FromSequence);
        Assert.Equal(old, purged.ToSequence);
        var entries = await AuditTestKit.AllAsync(database);
        Assert.Equal(old + 1, entries[0].Sequence);
        var retention = entries[^1];
        Assert.Equal(AuditActions.Retention, retention.Action);
        Assert.Equal($"1-{old}", retention.TargetId);
        Assert.Equal(head + 1, retention.Sequence);

        var result = await VerifyAsync(database);
        Assert.True(result.Intact, result.Summary);
        Assert.Equal(old + 1, result.FirstSequence);
        Assert.Contains($"第 1 至 {old} 条已按保留期清理，从第 {old + 1} 条开始校验。", result.Notes);
    }

    [Theory, DatabaseData]
    public async Task RetentionBelowTheLegalMinimum_IsRaisedTo180Days(DatabaseProvider provider)
    {
        var clock = new TestClock { Offset = TimeSpan.FromDays(-100) };
        await using var database = await AuditTestKit.CreateAsync(provider, clock,
            new Dictionary<string, string?> { ["Audit:RetentionDays"] = "30" });
        await AuditTestKit.SaveUnitsAsync(database, 3);
        clock.Offset = TimeSpan.Zero;
        var head = await AuditTestKit.HeadAsync(database);

        var purged = await PurgeAsync(database);

        Assert.Equal(180, purged.RetentionDays);
        Assert.Equal(0, purged.Removed);
        Assert.Equal(head, await AuditTestKit.HeadAsync(database));
    }

    [Theory, DatabaseData]
    public async Task EvenWhenEverythingIsOld_TheHeadIsKeptSoTheChainContinues(DatabaseProvider provider)
    {
        var clock = new TestClock { Offset = TimeSpan.FromDays(-400) };
        await using var database = await AuditTestKit.CreateAsync(provider, clock);
        var head = await AuditTestKit.SaveUnitsAsync(database, 3);
        clock.Offset = TimeSpan.Zero;

        var purged = await PurgeAsync(database);

        Assert.Equal(head - 1, purged.Removed);
        var entries = await AuditTestKit.AllAsync(database);
        Assert.Equal([head, head + 1], entries.Select(e => e.Sequence));
        Assert.True((await VerifyAsync(database)).Intact);
    }

    [Fact]
    public void Options_RaiseRetentionBelow180()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:RetentionDays"] = "7" }).Build();

        Assert.Equal(180, AuditOptions.FromConfiguration(configuration).RetentionDays);
        Assert.Equal(60, AuditOptions.FromConfiguration(configuration).CheckpointIntervalMinutes);
    }

    private static async Task<AuditPurgeResult> PurgeAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PurgeExpiredAuditEntries>().ExecuteAsync(CancellationToken.None);
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(null, CancellationToken.None);
    }
}
