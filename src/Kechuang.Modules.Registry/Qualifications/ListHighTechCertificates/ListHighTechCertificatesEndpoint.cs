using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;

internal static class ListHighTechCertificatesEndpoint
{
    public static void MapListHighTechCertificates(this RouteGroupBuilder group) =>
        group.MapGet("/high-tech-certificates", async Task<Results<Ok<HighTechCertificatePage>, ProblemHttpResult>> (
                string? region, string? on, string? status, int? issueYear, int? expiringWithinMonths, string? search,
                int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal user, ListHighTechCertificates list, CancellationToken cancellationToken) =>
            {
                var query = HighTechCertificateQuery.Parse(region, on, status, issueYear, expiringWithinMonths, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user), query.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListHighTechCertificates")
            .WithSummary("高新技术企业证书列表：按区域（含下级）、指定日期的状态（有效/已过期/已撤销/未生效）、发证年度、N 个月内到期筛选，分页；附当日有效企业数")
            .RequireAuthorization(RegistryPermissions.View);
}
