using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Finance.GetFund;

internal static class GetFundEndpoint
{
    public static void MapGetFund(this RouteGroupBuilder group) =>
        group.MapGet("/sub-funds/{id:guid}", async Task<Results<Ok<FundDetail>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, GetFund get, CancellationToken cancellationToken) =>
            {
                var result = await get.ExecuteAsync(CurrentUser.From(principal).Scope, id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetSubFund")
            .WithSummary("子基金详情及其投资明细（不在本人数据范围内的按不存在处理）")
            .RequireAuthorization(RegistryPermissions.View);
}
