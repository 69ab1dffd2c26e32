using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity;

internal static class ApiStatusCodes
{
    /// <summary>
    /// An API answers 401/403/404 itself: without this the host's status-code pages re-execute the request as the
    /// /not-found page, and a re-executed POST comes back as a misleading 400 from the page endpoint.
    /// </summary>
    public static RouteGroupBuilder WithApiStatusCodes(this RouteGroupBuilder group) =>
        group.WithMetadata(new SkipStatusCodePages());

    private sealed class SkipStatusCodePages : ISkipStatusCodePagesMetadata;
}
