using System.Security.Claims;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace Kechuang.Web.Hosting.Security;

/// <summary>
/// The actor of an audit entry in the web host: the request's principal and address, or in a Blazor circuit (where
/// there is no request) the circuit's authentication state and the address it connected from.
/// </summary>
internal sealed class WebAuditActorSource(IHttpContextAccessor http, IServiceProvider services, CircuitClient circuit) : IAuditActorSource
{
    public async ValueTask<AuditActor> GetAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        ClaimsPrincipal? user = null;
        string? ip = circuit.ClientIp;
        if (context is not null && !context.WebSockets.IsWebSocketRequest && !context.Request.Path.StartsWithSegments("/_blazor"))
        {
            user = context.User;
            ip = ClientAddress.Of(context);
        }
        else if (circuit.InCircuit && services.GetService<AuthenticationStateProvider>() is { } provider)
        {
            try
            {
                user = (await provider.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // No authentication state in this scope (a background task): attributed to the system.
            }
        }
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new AuditActor(null, null, null, null, ip);
        }
        var current = CurrentUser.From(user);
        return new AuditActor(current.UserId, current.UserName, current.UnitId, user.FindFirstValue(KechuangClaims.UnitName), ip);
    }
}

/// <summary>Per circuit: the address the browser connected from (read when the circuit opens).</summary>
internal sealed class CircuitClient
{
    public string? ClientIp { get; set; }

    public Guid? SessionId { get; set; }

    /// <summary>Set when the circuit opens: only then does the scope have an authentication state to ask.</summary>
    public bool InCircuit { get; set; }
}

internal static class ClientAddress
{
    public static string? Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
