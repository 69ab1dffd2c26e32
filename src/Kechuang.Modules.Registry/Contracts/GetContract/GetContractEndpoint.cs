using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Contracts.GetContract;

internal static class GetContractEndpoint
{
    public static void MapGetContract(this RouteGroupBuilder group) =>
        group.MapGet("/tech-contracts/{id:guid}", async Task<Results<Ok<ContractDetail>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal principal, GetContract get, CancellationToken cancellationToken) =>
            {
                var result = await get.ExecuteAsync(CurrentUser.From(principal).Scope, id, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetTechContract")
            .WithSummary("技术合同详情（不在本人数据范围内的合同按不存在处理）")
            .RequireAuthorization(RegistryPermissions.View);
}
