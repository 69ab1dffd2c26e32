using System.Security.Claims;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Talents.ListTalents;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Talents.ExportTalents;

internal static class ExportTalentsEndpoint
{
    public static void MapExportTalents(this RouteGroupBuilder group) =>
        group.MapGet("/talents/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? kind, string? region, int? year, ClaimsPrincipal principal, ExportTalents export, CancellationToken cancellationToken) =>
            {
                var filter = TalentFilter.Parse(kind, region, year);
                if (!filter.IsSuccess)
                {
                    return filter.Error.ToProblem();
                }
                return await ListingHelpers.DownloadAsync(file => export.ExecuteAsync(CurrentUser.From(principal), filter.Value, file, cancellationToken));
            })
            .WithName("ExportRegistryTalents")
            .WithSummary("按筛选条件导出科技人才为 Excel（证件号码脱敏，不能直接重新导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
