using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kechuang.Platform.Audit.WriteCheckpoint;

/// <summary>Writes a checkpoint every <c>Audit:CheckpointIntervalMinutes</c>; the first one after one interval, not at start-up.</summary>
internal sealed partial class AuditCheckpointService(
    IServiceScopeFactory scopes, AuditOptions options, TimeProvider clock, ILogger<AuditCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.CheckpointIntervalMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<WriteAuditCheckpoint>().ExecuteAsync(null, stoppingToken);
                if (result.IsSuccess)
                {
                    Written(logger, result.Value.Checkpoint.Sequence, result.Value.Path);
                }
                else
                {
                    Skipped(logger, result.Error.Message);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint at sequence {Sequence} written to {Path}")]
    private static partial void Written(ILogger logger, long sequence, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint skipped: {Reason}")]
    private static partial void Skipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint failed")]
    private static partial void Failed(ILogger logger, Exception exception);
}
