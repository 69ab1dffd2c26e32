using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Audit.SearchAudit;

internal static class SearchAuditEndpoint
{
    public static void MapSearchAudit(this RouteGroupBuilder group) =>
        group.MapGet("/entries", async Task<Results<Ok<AuditPage>, ProblemHttpResult>> (
                string? user, string? action, string? targetType, string? targetId, string? outcome, string? from, string? to,
                int? page, int? pageSize, bool? loginsOnly, SearchAuditTrail search, CancellationToken cancellationToken) =>
            {
                var filter = AuditFilter.Parse(user, action, targetType, targetId, outcome, from, to, loginsOnly ?? false);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var result = await search.ExecuteAsync(filter.Value, page ?? 1, pageSize ?? 50, cancellationToken);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
            })
            .WithName("SearchAuditTrail")
            .WithSummary("查询审计日志（用户、操作、对象、结果、北京时间日期范围），按时间倒序分页，每页最多 200 条")
            .RequireAuthorization(PlatformPermissions.AuditRead);
}
