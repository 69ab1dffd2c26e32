using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;

internal static class ListGrowthRecognitionsEndpoint
{
    public static void MapListGrowthRecognitions(this RouteGroupBuilder group) =>
        group.MapGet("/growth-recognitions", async Task<Results<Ok<Page<GrowthRecognitionRow>>, ProblemHttpResult>> (
                string? region, string? kind, int? year, string? level, string? search, int? page, int? pageSize, string? sort, bool? desc,
                ClaimsPrincipal user, ListGrowthRecognitions list, CancellationToken cancellationToken) =>
            {
                var query = ParseQuery(region, kind, year, level, search);
                if (!query.IsSuccess)
                {
                    return query.Error.ToProblem();
                }
                return TypedResults.Ok(await list.ExecuteAsync(CurrentUser.From(user), query.Value,
                    new PageRequest(page ?? 1, pageSize ?? 20, sort, desc ?? false), cancellationToken));
            })
            .WithName("ListGrowthRecognitions")
            .WithSummary("瞪羚/独角兽企业认定列表：按类型、年度、级别、区域（含下级）筛选，分页")
            .RequireAuthorization(RegistryPermissions.View);

    /// <summary>类型 and 级别 as their Chinese labels (瞪羚企业, 市级) or identifiers.</summary>
    internal static Result<GrowthRecognitionQuery> ParseQuery(string? region, string? kind, int? year, string? level, string? search)
    {
        GrowthKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind) && (parsedKind = RegistryLabels.Parse(RegistryLabels.GrowthKinds, kind.Trim())) is null)
        {
            return Error.Validation("registry.bad-kind", $"类型“{kind}”不是可选值，应为：{RegistryLabels.Choices(RegistryLabels.GrowthKinds)}。");
        }
        RecognitionLevel? parsedLevel = null;
        if (!string.IsNullOrWhiteSpace(level) && (parsedLevel = RegistryLabels.Parse(RegistryLabels.Levels, level.Trim())) is null)
        {
            return Error.Validation("registry.bad-level", $"级别“{level}”不是可选值，应为：{RegistryLabels.Choices(RegistryLabels.Levels)}。");
        }
        return new GrowthRecognitionQuery(string.IsNullOrWhiteSpace(region) ? null : region.Trim(), parsedKind, year, parsedLevel,
            string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }
}
