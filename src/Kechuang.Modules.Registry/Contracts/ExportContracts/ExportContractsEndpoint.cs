using System.Security.Claims;
using Kechuang.Modules.Registry.Contracts.ListContracts;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Contracts.ExportContracts;

internal static class ExportContractsEndpoint
{
    public static void MapExportContracts(this RouteGroupBuilder group) =>
        group.MapGet("/tech-contracts/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? from, string? to, string? type, string? region, string? direction, string? field, string? minAmount,
                string? maxAmount, string? q, ClaimsPrincipal principal, ExportContracts export, CancellationToken cancellationToken) =>
            {
                var filter = ContractFilter.Parse(from, to, type, region, direction, field, minAmount, maxAmount, q);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                var scope = CurrentUser.From(principal).Scope;
                return await TableExport.DownloadAsync(file => export.ExecuteAsync(scope, filter.Value, file, cancellationToken));
            })
            .WithName("ExportTechContracts")
            .WithSummary("按筛选条件导出技术合同为 Excel（.xlsx，导入模板格式，可直接重新导入），单次最多 100 000 条；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
