using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Kechuang.Platform.Access;

namespace Kechuang.Platform.Audit.VerifyAudit;

internal static class VerifyAuditEndpoint
{
    public static void MapVerifyAudit(this RouteGroupBuilder group) =>
        group.MapPost("/verify", async Task<Ok<AuditVerification>> (VerifyAuditTrail verify, CancellationToken cancellationToken) =>
                TypedResults.Ok(await verify.ExecuteAsync(null, cancellationToken)))
            .WithName("VerifyAuditTrail")
            .WithSummary("校验审计链：逐条重算哈希、核对前后链接与序号，返回第一条被破坏的记录")
            .RequireAuthorization(PlatformPermissions.AuditRead);
}
