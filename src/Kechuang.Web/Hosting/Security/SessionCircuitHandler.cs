using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// A Blazor circuit makes no HTTP requests while the user works in it, so the user's clicks and keystrokes (inbound
/// circuit activity) keep the server-side session alive instead, checked at most once a minute in a scope of its own.
/// </summary>
internal sealed class SessionCircuitHandler(
    CircuitClient client,
    IHttpContextAccessor http,
    AuthenticationStateProvider authentication,
    IServiceScopeFactory scopes,
    TimeProvider clock) : CircuitHandler
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);
    private DateTime _lastCheckUtc = DateTime.MinValue;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        client.InCircuit = true;
        if (http.HttpContext is { } context)
        {
            client.ClientIp = ClientAddress.Of(context);
        }
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (now - _lastCheckUtc > CheckInterval)
            {
                _lastCheckUtc = now;
                await TouchAsync(CancellationToken.None);
            }
            await next(context);
        };

    private async Task TouchAsync(CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (!Guid.TryParse(user.FindFirst(KechuangClaims.SessionId)?.Value, out var sessionId))
        {
            return;
        }
        client.SessionId = sessionId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var policy = await scope.ServiceProvider.GetRequiredService<SecurityPolicies>().GetAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SessionGuard>()
            .ValidateAsync(db, scope.ServiceProvider.GetRequiredService<IAuditTrail>(), policy, sessionId, activity: true, cancellationToken);
    }
}
