using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.GetQualificationStock;

public sealed record HighTechStock(string? Region, string RegionName, DateOnly On, int ValidHighTechEnterprises);

internal static class GetQualificationStockEndpoint
{
    public static void MapGetQualificationStock(this RouteGroupBuilder group) =>
        group.MapGet("/qualifications/stock", async Task<Results<Ok<HighTechStock>, ProblemHttpResult>> (
                string? region, string? on, ClaimsPrincipal user, QualificationStock stock, TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                var day = QualificationFiles.ParseDay(on, "日期");
                if (!day.IsSuccess)
                {
                    return day.Error.ToProblem();
                }
                var date = day.Value ?? QualificationFiles.Today(clock);
                var code = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
                var count = await stock.ValidHighTechCount(code, date, CurrentUser.From(user).Scope, cancellationToken);
                return TypedResults.Ok(new HighTechStock(code, code is null ? "全部" : QualificationFiles.RegionName(code), date, count));
            })
            .WithName("GetQualificationStock")
            .WithSummary("指定日期、区域（含下级）内持有有效高新技术企业证书的企业数（按企业去重，限本人数据范围）")
            .RequireAuthorization(RegistryPermissions.View);
}
