using Kechuang.Platform.Audit;

namespace Kechuang.Cli;

/// <summary>The CLI's entries are attributed to the operating-system account that ran it.</summary>
internal sealed class CliActorSource : IAuditActorSource
{
    public ValueTask<AuditActor> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditActor(null, "cli:" + Environment.UserName, null, null, null));
}
