using System.Text.Json;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Tests.Commands;

public sealed class AuditCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-cli-checkpoints-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory, DatabaseData]
    public async Task VerifyCheckpointPurge_ThenTamperingMakesVerifyExitWithOne(DatabaseProvider provider)
    {
        await using var database = ScratchDatabase.Create(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
        };
        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, settings);
        await using (var services = console.BuildServices())
        {
            for (var i = 1; i <= 3; i++)
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(
                    new AuditRecord(AuditActions.SensitiveRead, "Talent", $"talent-{i}", AuditOutcome.Success, Detail: "查看人才身份证号"),
                    CancellationToken.None);
            }
        }

        var (verified, verifyOutput, _) = await RunAsync(settings, "audit", "verify");
        Assert.Equal(0, verified);
        Assert.Contains("审计链完整：已校验第 1 至第 3 条，共 3 条", verifyOutput, StringComparison.Ordinal);

        var (checkpointed, checkpointOutput, checkpointError) = await RunAsync(settings, "audit", "checkpoint", "--folder", _folder);
        Assert.True(checkpointed == 0, checkpointError);
        Assert.Contains("已存证第 3 条", checkpointOutput, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(_folder, "audit-checkpoint-*.json"));

        var (matched, jsonOutput, _) = await RunAsync(settings, "audit", "verify", "--json", "--checkpoint", file);
        Assert.Equal(0, matched);
        using (var json = JsonDocument.Parse(jsonOutput))
        {
            Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
            Assert.True(json.RootElement.GetProperty("checkpointMatched").GetBoolean());
            Assert.Equal(4, json.RootElement.GetProperty("checkedCount").GetInt64());
        }

        var (purged, purgeOutput, _) = await RunAsync(settings, "audit", "purge");
        Assert.Equal(0, purged);
        Assert.Contains("没有超过 180 天保留期的审计记录", purgeOutput, StringComparison.Ordinal);

        await using (var services = console.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var checkpointEntry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Action == AuditActions.Checkpoint);
            Assert.Equal("cli:" + Environment.UserName, checkpointEntry.UserName);
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER sys_audit_entries_no_update"
                : "ALTER TABLE sys_audit_entries DISABLE TRIGGER sys_audit_entries_guard");
            await db.Database.ExecuteSqlRawAsync("UPDATE sys_audit_entries SET \"TargetId\" = 'talent-9' WHERE \"Sequence\" = 2");
        }

        var (broken, _, brokenError) = await RunAsync(settings, "audit", "verify");
        Assert.Equal(1, broken);
        Assert.Contains("第 2 条记录内容与哈希不符（记录被修改）", brokenError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyWithAMissingCheckpointFile_ExitsWithTwoAndAChineseMessage()
    {
        var (exit, _, error) = await RunAsync(null, "audit", "verify", "--checkpoint", "/nonexistent/存证.json");

        Assert.Equal(2, exit);
        Assert.Contains("找不到存证文件", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KechuangCli.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
