using System.Security.Claims;
using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Finance.ListFunds;

internal static class ListFundsEndpoint
{
    public static void MapListFunds(this RouteGroupBuilder group)
    {
        group.MapGet("/sub-funds", async Task<Ok<Page<FundRow>>> (
                string? q, int? page, int? pageSize, ClaimsPrincipal principal, ListFunds list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal).Scope, q, new PageRequest(page ?? 1, pageSize ?? 20), cancellationToken)))
            .WithName("ListSubFunds")
            .WithSummary("子基金列表（含投资笔数与投资金额合计），可按基金名称或管理人搜索，分页")
            .RequireAuthorization(RegistryPermissions.View);

        group.MapGet("/sub-funds/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                ClaimsPrincipal principal, ExportFinance.ExportFinance export, CancellationToken cancellationToken) =>
            {
                var scope = CurrentUser.From(principal).Scope;
                return await TableExport.DownloadAsync(file => export.FundsAsync(scope, file, cancellationToken));
            })
            .WithName("ExportSubFunds")
            .WithSummary("导出子基金为 Excel（导入模板格式）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);

        group.MapGet("/fund-investments/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                Guid? fundId, ClaimsPrincipal principal, ExportFinance.ExportFinance export, CancellationToken cancellationToken) =>
            {
                var scope = CurrentUser.From(principal).Scope;
                return await TableExport.DownloadAsync(file => export.InvestmentsAsync(scope, fundId, file, cancellationToken));
            })
            .WithName("ExportFundInvestments")
            .WithSummary("导出子基金投资为 Excel（导入模板格式，可按基金筛选）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
    }
}
