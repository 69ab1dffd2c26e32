using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.AssignRoles;
using Kechuang.Platform.Identity.Users.DisableUser;
using Kechuang.Platform.Identity.Users.EditUserProfile;
using Kechuang.Platform.Identity.Users.MoveUser;
using Kechuang.Platform.Identity.Users.ResetPassword;
using Kechuang.Platform.Identity.Users.RevealPersonalData;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Users.DisableUser;

using AssignRoles = Kechuang.Platform.Identity.Users.AssignRoles.AssignRoles;
using ResetPassword = Kechuang.Platform.Identity.Users.ResetPassword.ResetPassword;

/// <summary>A district administrator meets another district's account only as "not found", whatever he tries.</summary>
public sealed class OtherDistrictTests
{
    [Theory, DatabaseData]
    public async Task DistrictAdministrator_GetsNotFoundForEveryChangeToAnotherDistrictsUser(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var staff = await database.AddRoleAsync("区县科技局");
        var victim = await database.AddUserAsync(IdentityTestData.Admin(tree.City), "bl-wangfang", "王芳", tree.Beilin, [staff.Id], mobile: "13912345678");
        var yanta = IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow) with
        {
            Permissions = new HashSet<string>([PlatformPermissions.UsersManage, PlatformPermissions.UsersViewSensitive]),
        };

        Result<bool>[] results =
        [
            await database.RunAsync<EditUserProfile, Result<bool>>(e => e.ExecuteAsync(yanta, victim.Id, new UserProfileEdit("被改名"), CancellationToken.None)),
            await database.RunAsync<MoveUser, Result<bool>>(m => m.ExecuteAsync(yanta, victim.Id, new MoveUserCommand(tree.Yanta.Id), CancellationToken.None)),
            await database.RunAsync<SetUserDisabled, Result<bool>>(s => s.ExecuteAsync(yanta, victim.Id, true, CancellationToken.None)),
            await database.RunAsync<AssignRoles, Result<bool>>(a => a.ExecuteAsync(yanta, victim.Id, new AssignRolesCommand([]), CancellationToken.None)),
        ];
        var reset = await database.RunAsync<ResetPassword, Result<PasswordWasReset>>(r => r.ExecuteAsync(yanta, victim.Id, CancellationToken.None));
        var reveal = await database.RunAsync<RevealPersonalData, Result<PersonalDataView>>(r => r.ExecuteAsync(yanta, victim.Id, CancellationToken.None));

        Assert.All(results, r => Assert.Equal("user-not-found", r.Error?.Code));
        Assert.Equal("user-not-found", reset.Error?.Code);
        Assert.Equal("user-not-found", reveal.Error?.Code);
        await using var db = database.NewDbContext();
        var stored = await db.Set<KechuangUser>().SingleAsync(u => u.Id == victim.Id);
        Assert.Equal("王芳", stored.DisplayName);
        Assert.Equal(tree.Beilin.Id, stored.UnitId);
        Assert.False(stored.IsDisabled);
        Assert.Equal(1, await db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().CountAsync(r => r.UserId == victim.Id));
    }
}
