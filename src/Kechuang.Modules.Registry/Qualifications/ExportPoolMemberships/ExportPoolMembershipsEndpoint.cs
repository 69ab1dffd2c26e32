using System.Security.Claims;
using Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ExportPoolMemberships;

internal static class ExportPoolMembershipsEndpoint
{
    public static void MapExportPoolMemberships(this RouteGroupBuilder group) =>
        group.MapGet("/pool-memberships/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? region, string? on, bool? membersOnly, string? search,
                ClaimsPrincipal user, ExportPoolMemberships export, CancellationToken cancellationToken) =>
            {
                var query = PoolMembershipQuery.Parse(region, on, membersOnly, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return await QualificationFiles.AnswerAsync(file => export.ExecuteAsync(CurrentUser.From(user), query.Value, file, cancellationToken));
            })
            .WithName("ExportPoolMemberships")
            .WithSummary("按筛选条件导出高企培育库（.xlsx，与导入模板同列，可直接再导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
