using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.RevealPersonalData;

internal static class RevealPersonalDataEndpoint
{
    public static void MapRevealPersonalData(this RouteGroupBuilder group) =>
        group.MapGet("/users/{id:guid}/personal-data", async Task<Results<Ok<PersonalDataView>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, RevealPersonalData reveal, CancellationToken cancellationToken) =>
            {
                var result = await reveal.ExecuteAsync(CurrentUser.From(user), id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("RevealUserPersonalData")
            .WithSummary("查看用户完整身份证号和手机号（记入审计日志）")
            .RequireAuthorization(PlatformPermissions.UsersManage, PlatformPermissions.UsersViewSensitive);
}
