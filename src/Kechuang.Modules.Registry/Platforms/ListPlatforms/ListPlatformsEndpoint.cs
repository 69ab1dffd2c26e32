using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Platforms.ListPlatforms;

internal static class ListPlatformsEndpoint
{
    public static void MapListPlatforms(this RouteGroupBuilder group) =>
        group.MapGet("/platforms", async Task<Results<Ok<PlatformList>, ProblemHttpResult>> (
                string? kind, string? level, string? region, string? status, int? year, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal principal, ListPlatforms list, CancellationToken cancellationToken) =>
            {
                var filter = PlatformFilter.Parse(kind, level, region, status, year);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal), filter.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListRegistryPlatforms")
            .WithSummary("创新平台载体列表：按类型、级别、区县（含下级）、状态、认定年度筛选，分页，附各类型各级别数量")
            .RequireAuthorization(RegistryPermissions.View);
}
