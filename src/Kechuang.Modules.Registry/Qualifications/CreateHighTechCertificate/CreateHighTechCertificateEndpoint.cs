using System.Security.Claims;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Modules.Registry.Qualifications.CreateHighTechCertificate;

internal static class CreateHighTechCertificateEndpoint
{
    public static void MapCreateHighTechCertificate(this RouteGroupBuilder group) =>
        group.MapPost("/high-tech-certificates", async Task<Results<Created<CreatedCertificate>, ProblemHttpResult>> (
                Dictionary<string, string?> values, ClaimsPrincipal user, CreateHighTechCertificate create, CancellationToken cancellationToken) =>
            {
                var outcome = await create.ExecuteAsync(CurrentUser.From(user), values, cancellationToken);
                if (outcome.Created is { } created)
                {
                    return TypedResults.Created($"/api/registry/high-tech-certificates/{created.Id}", created);
                }
                var problem = (outcome.Error ?? Error.Validation("registry.form-invalid", string.Join("；", outcome.FieldErrors))).ToProblem();
                problem.ProblemDetails.Extensions["fields"] = outcome.FieldErrors
                    .GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
                return problem;
            })
            .WithName("CreateHighTechCertificate")
            .WithSummary("录入一张高新技术企业证书（字段与导入模板同名：证书编号、统一社会信用代码、发证日期、撤销日期、撤销原因），按导入规则校验")
            .RequireAuthorization(RegistryPermissions.Edit);
}
