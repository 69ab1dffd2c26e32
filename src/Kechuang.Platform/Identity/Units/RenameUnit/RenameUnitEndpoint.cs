using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Units.RenameUnit;

public sealed record UnitChanged(int Version);

internal static class RenameUnitEndpoint
{
    public static void MapRenameUnit(this RouteGroupBuilder group) =>
        group.MapPut("/units/{id:guid}", async Task<Results<Ok<UnitChanged>, ProblemHttpResult>> (
                Guid id, RenameUnitCommand command, ClaimsPrincipal user, RenameUnit rename, CancellationToken cancellationToken) =>
            {
                var result = await rename.ExecuteAsync(CurrentUser.From(user), id, command, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(new UnitChanged(result.Value)) : result.Error.ToProblem();
            })
            .WithName("RenameUnit")
            .WithSummary("修改单位名称和代码（须带上当前版本号 version）")
            .RequireAuthorization(PlatformPermissions.UnitsManage);
}
