using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Talents.RevealTalentIdentity;

internal static class RevealTalentIdentityEndpoint
{
    public static void MapRevealTalentIdentity(this RouteGroupBuilder group) =>
        group.MapPost("/talents/{id:guid}/reveal", async Task<Results<Ok<TalentIdentityView>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, RevealTalentIdentity reveal, CancellationToken cancellationToken) =>
            {
                var result = await reveal.ExecuteAsync(CurrentUser.From(principal), id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("RevealRegistryTalentIdentity")
            .WithSummary("查看人才完整证件号码（记入审计日志）")
            .RequireAuthorization(RegistryPermissions.View, RegistryPermissions.RevealPersonalData);
}
