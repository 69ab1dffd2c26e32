using System.Security.Claims;
using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Finance.ListLoans;

public sealed record LoanListResponse(Page<LoanRow> Page, LoanSummary Summary);

internal static class ListLoansEndpoint
{
    public static void MapListLoans(this RouteGroupBuilder group)
    {
        group.MapGet("/tech-loans", async Task<Results<Ok<LoanListResponse>, ProblemHttpResult>> (
                string? from, string? to, string? bank, string? region, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal principal, ListLoans list, CancellationToken cancellationToken) =>
            {
                var filter = LoanFilter.Parse(from, to, bank, region);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var scope = CurrentUser.From(principal).Scope;
                var rows = await list.ExecuteAsync(scope, filter.Value, new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken);
                return TypedResults.Ok(new LoanListResponse(rows, await list.SummaryAsync(scope, filter.Value, cancellationToken)));
            })
            .WithName("ListTechLoans")
            .WithSummary("科技贷款列表：按放款日期、银行、地区筛选，分页；附贷款企业数（去重）和贷款金额合计（分）")
            .RequireAuthorization(RegistryPermissions.View);

        group.MapGet("/tech-loans/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? from, string? to, string? bank, string? region, ClaimsPrincipal principal, ExportFinance.ExportFinance export,
                CancellationToken cancellationToken) =>
            {
                var filter = LoanFilter.Parse(from, to, bank, region);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var scope = CurrentUser.From(principal).Scope;
                return await TableExport.DownloadAsync(file => export.LoansAsync(scope, filter.Value, file, cancellationToken));
            })
            .WithName("ExportTechLoans")
            .WithSummary("按筛选条件导出科技贷款为 Excel（导入模板格式，可直接重新导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
    }
}
