using System.Security.Claims;
using Kechuang.Platform.Access;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kechuang.Platform.Identity.Users.EditUserProfile;

internal static class EditUserProfileEndpoint
{
    public static void MapEditUserProfile(this RouteGroupBuilder group) =>
        group.MapPut("/users/{id:guid}/profile", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, UserProfileEdit edit, ClaimsPrincipal user, EditUserProfile editProfile, CancellationToken cancellationToken) =>
            {
                var result = await editProfile.ExecuteAsync(CurrentUser.From(user), id, edit, cancellationToken);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
            })
            .WithName("EditUserProfile")
            .WithSummary("修改用户姓名、身份证号、手机号（身份证号/手机号不传则不变，传空字符串则清除）")
            .RequireAuthorization(PlatformPermissions.UsersManage);
}
