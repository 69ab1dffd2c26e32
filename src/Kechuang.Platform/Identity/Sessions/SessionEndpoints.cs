using Kechuang.Platform.Identity.Sessions.ListSessions;
using Kechuang.Platform.Identity.Sessions.RevokeSession;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Sessions;

public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var api = group.MapGroup("");
        api.MapListSessions();
        api.MapRevokeSession();
        return group;
    }
}
