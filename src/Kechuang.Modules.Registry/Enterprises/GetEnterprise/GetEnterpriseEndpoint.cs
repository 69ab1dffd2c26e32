using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Enterprises.GetEnterprise;

internal static class GetEnterpriseEndpoint
{
    public static void MapGetEnterprise(this RouteGroupBuilder group) =>
        group.MapGet("/enterprises/{id:guid}", async Task<Results<Ok<EnterpriseDetail>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, GetEnterprise get, CancellationToken cancellationToken) =>
            {
                var result = await get.ExecuteAsync(id, CurrentUser.From(user).Scope, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("GetEnterprise")
            .WithSummary("企业详情：基本信息、年度数据（金额单位：分）、资质、最近 50 份技术合同及合计、科技贷款、基金投资、依托的创新平台")
            .RequireAuthorization(RegistryPermissions.View);
}
