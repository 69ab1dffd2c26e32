using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;

internal static class ListPoolMembershipsEndpoint
{
    public static void MapListPoolMemberships(this RouteGroupBuilder group) =>
        group.MapGet("/pool-memberships", async Task<Results<Ok<PoolMembershipPage>, ProblemHttpResult>> (
                string? region, string? on, bool? membersOnly, string? search, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal user, ListPoolMemberships list, CancellationToken cancellationToken) =>
            {
                var query = PoolMembershipQuery.Parse(region, on, membersOnly, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user), query.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListPoolMemberships")
            .WithSummary("高企培育库列表：按区域（含下级）、指定日期是否在库筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);
}
