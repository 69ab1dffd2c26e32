using Kechuang.Platform.Identity.Sessions.ListSessions;
using Kechuang.Platform.Identity.Sessions.RevokeSession;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Sessions;

public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapListSessions();
        group.MapRevokeSession();
        return group;
    }
}
