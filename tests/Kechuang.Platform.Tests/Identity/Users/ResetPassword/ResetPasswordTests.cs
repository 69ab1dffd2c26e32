using Kechuang.Platform.Access;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.ResetPassword;
using Kechuang.Platform.Identity.Users.RevealPersonalData;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity.Users.ResetPassword;

using ResetPassword = Kechuang.Platform.Identity.Users.ResetPassword.ResetPassword;

public sealed class ResetPasswordTests
{
    [Theory, DatabaseData]
    public async Task ResetPassword_ReplacesItForcesAChangeAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);
        var user = await database.AddUserAsync(admin, "yt-liwei", "李伟", tree.Yanta);

        var result = await database.RunAsync<ResetPassword, Result<PasswordWasReset>>(r => r.ExecuteAsync(admin, user.Id, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
        var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
        Assert.True(await users.CheckPasswordAsync(stored, result.Value.Password));
        Assert.False(await users.CheckPasswordAsync(stored, user.InitialPassword));
        Assert.True(stored.MustChangePassword);
        await using var db = database.NewDbContext();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == AuditActions.PasswordReset && a.TargetId == user.Id.ToString()));
    }

    [Theory, DatabaseData]
    public async Task RevealingPersonalData_NeedsThePermissionAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);
        var user = await database.AddUserAsync(admin, "yt-liwei", "李伟", tree.Yanta, idCard: "610113199001011230", mobile: "13812341234");
        var viewer = admin with { Permissions = new HashSet<string>([PlatformPermissions.UsersManage, PlatformPermissions.UsersViewSensitive]) };

        var refused = await database.RunAsync<RevealPersonalData, Result<PersonalDataView>>(r => r.ExecuteAsync(admin, user.Id, CancellationToken.None));
        var shown = await database.RunAsync<RevealPersonalData, Result<PersonalDataView>>(r => r.ExecuteAsync(viewer, user.Id, CancellationToken.None));

        Assert.Equal(ErrorKind.Forbidden, refused.Error?.Kind);
        Assert.Equal(new PersonalDataView("610113199001011230", "13812341234"), shown.Value);
        await using var db = database.NewDbContext();
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == AuditActions.SensitiveRead && a.TargetId == user.Id.ToString()));
    }
}
