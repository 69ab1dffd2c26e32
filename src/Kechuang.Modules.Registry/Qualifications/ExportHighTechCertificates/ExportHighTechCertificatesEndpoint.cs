using System.Security.Claims;
using Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ExportHighTechCertificates;

internal static class ExportHighTechCertificatesEndpoint
{
    public static void MapExportHighTechCertificates(this RouteGroupBuilder group) =>
        group.MapGet("/high-tech-certificates/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? region, string? on, string? status, int? issueYear, int? expiringWithinMonths, string? search,
                ClaimsPrincipal user, ExportHighTechCertificates export, CancellationToken cancellationToken) =>
            {
                var query = HighTechCertificateQuery.Parse(region, on, status, issueYear, expiringWithinMonths, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return await QualificationFiles.AnswerAsync(file => export.ExecuteAsync(CurrentUser.From(user), query.Value, file, cancellationToken));
            })
            .WithName("ExportHighTechCertificates")
            .WithSummary("按筛选条件导出高新技术企业证书（.xlsx，与导入模板同列，可直接再导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);
}
