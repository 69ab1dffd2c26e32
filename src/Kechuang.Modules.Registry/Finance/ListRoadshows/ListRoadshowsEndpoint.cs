using System.Security.Claims;
using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Platform.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Finance.ListRoadshows;

internal static class ListRoadshowsEndpoint
{
    public static void MapListRoadshows(this RouteGroupBuilder group)
    {
        group.MapGet("/roadshows", async Task<Results<Ok<Page<RoadshowRow>>, ProblemHttpResult>> (
                string? from, string? to, string? q, int? page, int? pageSize, ClaimsPrincipal principal, ListRoadshows list,
                CancellationToken cancellationToken) =>
            {
                var dates = Dates(from, to);
                if (!dates.IsSuccess)
                {
                    return dates.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(principal).Scope, dates.Value.From, dates.Value.To, q,
                    new PageRequest(page ?? 1, pageSize ?? 20), cancellationToken));
            })
            .WithName("ListRoadshows")
            .WithSummary("路演列表：按举办日期、名称筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);

        group.MapGet("/roadshows/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? from, string? to, string? q, ClaimsPrincipal principal, ExportFinance.ExportFinance export,
                CancellationToken cancellationToken) =>
            {
                var dates = Dates(from, to);
                if (!dates.IsSuccess)
                {
                    return dates.Error.ToProblem();
                }
                var scope = CurrentUser.From(principal).Scope;
                return await TableExport.DownloadAsync(file => export.RoadshowsAsync(scope, dates.Value.From, dates.Value.To, q, file, cancellationToken));
            })
            .WithName("ExportRoadshows")
            .WithSummary("按筛选条件导出路演为 Excel（导入模板格式）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
    }

    internal static Result<(DateOnly? From, DateOnly? To)> Dates(string? from, string? to)
    {
        DateOnly? f = null, t = null;
        if (SheetValues.Clean(from) is { } a)
        {
            var parsed = SheetValues.ParseDate(a);
            if (!parsed.IsSuccess)
            {
                return Error.Validation("roadshows.filter", "起始日期：" + parsed.Error.Message);
            }
            f = parsed.Value;
        }
        if (SheetValues.Clean(to) is { } b)
        {
            var parsed = SheetValues.ParseDate(b);
            if (!parsed.IsSuccess)
            {
                return Error.Validation("roadshows.filter", "截止日期：" + parsed.Error.Message);
            }
            t = parsed.Value;
        }
        return (f, t);
    }
}
