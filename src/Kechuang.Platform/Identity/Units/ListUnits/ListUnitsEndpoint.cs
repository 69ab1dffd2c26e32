using System.Security.Claims;
using Kechuang.Platform.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Units.ListUnits;

internal static class ListUnitsEndpoint
{
    public static void MapListUnits(this RouteGroupBuilder group) =>
        group.MapGet("/units", async Task<Ok<IReadOnlyList<UnitRow>>> (
                bool? includeInactive, ClaimsPrincipal user, ListUnits list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user), includeInactive ?? false, cancellationToken)))
            .WithName("ListUnits")
            .WithSummary("组织机构树（仅本人数据范围内的单位，按上下级顺序排列）")
            .RequireAuthorization(PlatformPermissions.UnitsManage);
}
