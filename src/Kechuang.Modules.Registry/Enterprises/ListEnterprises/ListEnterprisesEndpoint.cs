using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Enterprises.ListEnterprises;

internal static class ListEnterprisesEndpoint
{
    public static void MapListEnterprises(this RouteGroupBuilder group) =>
        group.MapGet("/enterprises", async Task<Results<Ok<Page<EnterpriseRow>>, ProblemHttpResult>> (
                string? q, string? region, string? zone, string? field, string? qualification, int? year, string? on,
                string? sort, bool? desc, int? page, int? pageSize,
                ClaimsPrincipal user, ListEnterprises list, CancellationToken cancellationToken) =>
            {
                var filter = EnterpriseFilter.Parse(q, region, zone, field, qualification, year, on);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var request = new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false);
                return TypedResults.Ok(await list.ExecuteAsync(filter.Value, request, CurrentUser.From(user).Scope, cancellationToken));
            })
            .WithName("ListEnterprises")
            .WithSummary("企业名录：按名称/信用代码、区县（含下级）、开发区、技术领域、资质、年度筛选，按名称、信用代码、成立日期或区县排序，分页")
            .RequireAuthorization(RegistryPermissions.View);
}
