using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.RevokeHighTechCertificate;

internal static class RevokeHighTechCertificateEndpoint
{
    public static void MapRevokeHighTechCertificate(this RouteGroupBuilder group) =>
        group.MapPost("/high-tech-certificates/{id:guid}/revoke", async Task<Results<Ok<RevokedCertificate>, ProblemHttpResult>> (
                Guid id, RevokeCertificateRequest request, ClaimsPrincipal user, RevokeHighTechCertificate revoke,
                CancellationToken cancellationToken) =>
            {
                var result = await revoke.ExecuteAsync(CurrentUser.From(user), id, request, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("RevokeHighTechCertificate")
            .WithSummary("撤销高新技术企业证书（撤销日期与原因；自撤销日起无效），需提供当前版本号，记入审计日志")
            .RequireAuthorization(RegistryPermissions.Edit);
}
