using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Roles.CreateRole;

public sealed record RoleCreated(Guid Id);

internal static class CreateRoleEndpoint
{
    public static void MapCreateRole(this RouteGroupBuilder group) =>
        group.MapPost("/roles", async Task<Results<Created<RoleCreated>, ProblemHttpResult>> (
                CreateRoleCommand command, ClaimsPrincipal user, CreateRole create, CancellationToken cancellationToken) =>
            {
                var result = await create.ExecuteAsync(CurrentUser.From(user), command, cancellationToken);
                return result.IsSuccess
                    ? TypedResults.Created($"/api/platform/roles/{result.Value}", new RoleCreated(result.Value))
                    : result.Error.ToProblem();
            })
            .WithName("CreateRole")
            .WithSummary("新增自定义角色（名称、职责、数据范围；指定行政区划时填写逗号分隔的 6 位代码）")
            .RequireAuthorization(PlatformPermissions.RolesManage);
}
