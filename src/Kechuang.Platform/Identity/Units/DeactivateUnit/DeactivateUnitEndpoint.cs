using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Identity.Units.RenameUnit;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Units.DeactivateUnit;

internal static class DeactivateUnitEndpoint
{
    public static void MapDeactivateUnit(this RouteGroupBuilder group) =>
        group.MapPost("/units/{id:guid}/deactivate", async Task<Results<Ok<UnitChanged>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, DeactivateUnit deactivate, CancellationToken cancellationToken) =>
            {
                var result = await deactivate.ExecuteAsync(CurrentUser.From(user), id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(new UnitChanged(result.Value)) : result.Error.ToProblem();
            })
            .WithName("DeactivateUnit")
            .WithSummary("停用单位（仍有启用账号或在用下级单位时拒绝）")
            .RequireAuthorization(PlatformPermissions.UnitsManage);
}
