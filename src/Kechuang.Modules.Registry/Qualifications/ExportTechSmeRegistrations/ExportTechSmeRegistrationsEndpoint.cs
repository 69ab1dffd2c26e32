using System.Security.Claims;
using Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ExportTechSmeRegistrations;

internal static class ExportTechSmeRegistrationsEndpoint
{
    public static void MapExportTechSmeRegistrations(this RouteGroupBuilder group) =>
        group.MapGet("/tech-sme-registrations/export", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                string? region, int? year, bool? revoked, string? search,
                ClaimsPrincipal user, ExportTechSmeRegistrations export, CancellationToken cancellationToken) =>
                await QualificationFiles.AnswerAsync(file => export.ExecuteAsync(CurrentUser.From(user),
                    new TechSmeRegistrationQuery(Blank(region), year, revoked, Blank(search)), file, cancellationToken)))
            .WithName("ExportTechSmeRegistrations")
            .WithSummary("按筛选条件导出科技型中小企业入库登记（.xlsx，与导入模板同列，可直接再导入）；导出记入审计日志")
            .RequireAuthorization(RegistryPermissions.Export);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
