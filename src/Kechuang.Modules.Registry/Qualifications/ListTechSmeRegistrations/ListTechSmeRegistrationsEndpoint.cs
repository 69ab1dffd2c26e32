using System.Security.Claims;
using Kechuang.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;

internal static class ListTechSmeRegistrationsEndpoint
{
    public static void MapListTechSmeRegistrations(this RouteGroupBuilder group) =>
        group.MapGet("/tech-sme-registrations", async Task<Ok<Page<TechSmeRegistrationRow>>> (
                string? region, int? year, bool? revoked, string? search, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal user, ListTechSmeRegistrations list, CancellationToken cancellationToken) =>
                TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user),
                    new TechSmeRegistrationQuery(Blank(region), year, revoked, Blank(search)),
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken)))
            .WithName("ListTechSmeRegistrations")
            .WithSummary("科技型中小企业入库登记列表：按年度、区域（含下级）、是否撤销筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
