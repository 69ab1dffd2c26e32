namespace Kechuang.Platform.Audit;

/// <summary>Who an audit entry is attributed to.</summary>
public sealed record AuditActor(Guid? UserId, string? UserName, Guid? UnitId, string? UnitName, string? ClientIp)
{
    public static AuditActor System { get; } = new(null, "system", null, null, null);
}

/// <summary>Where the trail learns the actor: the HTTP request or Blazor circuit in the web host, the OS user in the CLI.</summary>
public interface IAuditActorSource
{
    ValueTask<AuditActor> GetAsync(CancellationToken cancellationToken);
}

internal sealed class SystemActorSource : IAuditActorSource
{
    public ValueTask<AuditActor> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(AuditActor.System);
}
