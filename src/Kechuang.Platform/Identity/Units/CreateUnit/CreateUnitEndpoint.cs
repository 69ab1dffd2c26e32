using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Units.CreateUnit;

public sealed record UnitCreated(Guid Id);

internal static class CreateUnitEndpoint
{
    public static void MapCreateUnit(this RouteGroupBuilder group) =>
        group.MapPost("/units", async Task<Results<Created<UnitCreated>, ProblemHttpResult>> (
                CreateUnitCommand command, ClaimsPrincipal user, CreateUnit create, CancellationToken cancellationToken) =>
            {
                var result = await create.ExecuteAsync(CurrentUser.From(user), command, cancellationToken);
                return result.IsSuccess
                    ? TypedResults.Created($"/api/platform/units/{result.Value}", new UnitCreated(result.Value))
                    : result.Error.ToProblem();
            })
            .WithName("CreateUnit")
            .WithSummary("新增单位（区县科技局须填行政区划代码，企业须填统一社会信用代码）")
            .RequireAuthorization(PlatformPermissions.UnitsManage);
}
