using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kechuang.Platform.Audit.PurgeExpired;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Audit.WriteCheckpoint;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

internal static class AuditCommands
{
    public const int Broken = 1;
    public const int Refused = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create(CliConsole console) =>
        new("audit", "审计日志：校验审计链、写入存证、按保留期清理") { Verify(console), Checkpoint(console), Purge(console) };

    private static Command Verify(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出校验结果" };
        var checkpointFile = new Option<FileInfo?>("--checkpoint") { Description = "与存证文件比对：存证记录的那一条必须仍是同一哈希" };
        var command = new Command("verify", "逐条校验审计链（退出码 0 完整，1 已被破坏）") { json, checkpointFile };
        command.SetAction(async (result, cancellationToken) =>
        {
            AuditCheckpoint? checkpoint = null;
            if (result.GetValue(checkpointFile) is { } file)
            {
                var read = await AuditCheckpoint.ReadAsync(file.FullName, cancellationToken);
                if (!read.IsSuccess)
                {
                    await console.Error.WriteLineAsync(read.Error.Message);
                    return Refused;
                }
                checkpoint = read.Value;
            }
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(checkpoint, cancellationToken);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(verification, Json));
            }
            else
            {
                foreach (var note in verification.Notes)
                {
                    await console.Out.WriteLineAsync(note);
                }
                if (verification.CheckpointMatched == true)
                {
                    await console.Out.WriteLineAsync($"与存证一致：第 {checkpoint!.Sequence} 条的哈希仍为 {checkpoint.Hash}。");
                }
                await (verification.Intact ? console.Out : console.Error).WriteLineAsync(verification.Summary);
            }
            return verification.Intact ? 0 : Broken;
        });
        return command;
    }

    private static Command Checkpoint(CliConsole console)
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "存证目录（默认取 Audit:CheckpointFolder，即 data/audit-checkpoints）" };
        var command = new Command("checkpoint", "把审计链当前的链头（序号、哈希、时间、条数）写成存证文件，并记入审计日志") { folder };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var written = await scope.ServiceProvider.GetRequiredService<WriteAuditCheckpoint>()
                .ExecuteAsync(result.GetValue(folder)?.FullName, cancellationToken);
            if (!written.IsSuccess)
            {
                await console.Error.WriteLineAsync(written.Error.Message);
                return Refused;
            }
            var checkpoint = written.Value.Checkpoint;
            await console.Out.WriteLineAsync(
                $"已存证第 {checkpoint.Sequence} 条（共 {checkpoint.EntryCount} 条），哈希 {checkpoint.Hash}：{written.Value.Path}");
            return 0;
        });
        return command;
    }

    private static Command Purge(CliConsole console)
    {
        var command = new Command("purge", "删除超过保留期（Audit:RetentionDays，至少 180 天）的审计记录，并记入审计日志");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var purged = await scope.ServiceProvider.GetRequiredService<PurgeExpiredAuditEntries>().ExecuteAsync(cancellationToken);
            await console.Out.WriteLineAsync(purged.Summary);
            return 0;
        });
        return command;
    }

    internal static async Task<int?> RequireMigratedAsync(CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<KechuangDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await console.Error.WriteLineAsync("数据库尚未迁移到最新版本，请先运行：kechuang db migrate");
            return Refused;
        }
        return null;
    }
}
