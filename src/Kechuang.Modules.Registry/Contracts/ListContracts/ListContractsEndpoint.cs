using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Contracts.ListContracts;

internal static class ListContractsEndpoint
{
    public static void MapListContracts(this RouteGroupBuilder group)
    {
        group.MapGet("/tech-contracts", async Task<Results<Ok<Page<ContractRow>>, ProblemHttpResult>> (
                string? from, string? to, string? type, string? region, string? direction, string? field, string? minAmount,
                string? maxAmount, string? q, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal principal, ListContracts list, CancellationToken cancellationToken) =>
            {
                var filter = ContractFilter.Parse(from, to, type, region, direction, field, minAmount, maxAmount, q);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var request = new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false);
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal).Scope, filter.Value, request, cancellationToken));
            })
            .WithName("ListTechContracts")
            .WithSummary("技术合同列表：按登记日期、类型、地区（卖方或买方在该地区）、技术领域、成交额筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);

        group.MapGet("/tech-contracts/summary", async Task<Results<Ok<ContractSummary>, ProblemHttpResult>> (
                string? from, string? to, string? type, string? region, string? direction, string? field, string? minAmount,
                string? maxAmount, string? q, ClaimsPrincipal principal, ListContracts list, CancellationToken cancellationToken) =>
            {
                var filter = ContractFilter.Parse(from, to, type, region, direction, field, minAmount, maxAmount, q);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return TypedResults.Ok(await list.SummaryAsync(CurrentUser.From(principal).Scope, filter.Value, cancellationToken));
            })
            .WithName("SummarizeTechContracts")
            .WithSummary("技术合同汇总：当前筛选条件下的合同数、合同成交额合计、技术交易额合计（单位：分）")
            .RequireAuthorization(RegistryPermissions.View);
    }
}
