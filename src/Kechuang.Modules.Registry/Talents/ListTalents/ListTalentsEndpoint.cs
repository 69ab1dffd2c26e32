using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Talents.ListTalents;

internal static class ListTalentsEndpoint
{
    public static void MapListTalents(this RouteGroupBuilder group) =>
        group.MapGet("/talents", async Task<Results<Ok<Page<TalentRow>>, ProblemHttpResult>> (
                string? kind, string? region, int? year, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal principal, ListTalents list, CancellationToken cancellationToken) =>
            {
                var filter = TalentFilter.Parse(kind, region, year);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal), filter.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListRegistryTalents")
            .WithSummary("科技人才列表（证件号码脱敏）：按人才类别、区县（含下级）、认定/引进/派驻年度筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);
}
