using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Identity.Users.DisableUser;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Users.DisableUser;

public sealed class SetUserDisabledTests
{
    [Theory, DatabaseData]
    public async Task DisablingAUser_EndsHisOpenSessions(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);
        var user = await database.AddUserAsync(admin, "yt-liwei", "李伟", tree.Yanta);
        await using (var db = database.NewDbContext())
        {
            db.Set<UserSession>().Add(new UserSession { UserId = user.Id, CreatedAtUtc = DateTime.UtcNow, LastSeenAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var result = await database.RunAsync<SetUserDisabled, Result<bool>>(s => s.ExecuteAsync(admin, user.Id, true, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var check = database.NewDbContext();
        Assert.True((await check.Set<KechuangUser>().SingleAsync(u => u.Id == user.Id)).IsDisabled);
        var session = await check.Set<UserSession>().SingleAsync(s => s.UserId == user.Id);
        Assert.NotNull(session.EndedAtUtc);
        Assert.Equal(SessionEndReason.AccountDisabled, session.EndReason);
    }

    [Theory, DatabaseData]
    public async Task AdministratorCannotDisableHimself(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var me = await database.AddUserAsync(IdentityTestData.Admin(tree.City), "sys2", "管理员", tree.City);

        var result = await database.RunAsync<SetUserDisabled, Result<bool>>(s =>
            s.ExecuteAsync(IdentityTestData.Admin(tree.City, userId: me.Id), me.Id, true, CancellationToken.None));

        Assert.Equal("user-self", result.Error?.Code);
    }
}
