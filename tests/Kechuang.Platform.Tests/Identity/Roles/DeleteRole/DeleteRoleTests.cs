using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Platform.Tests.Identity.Users;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Roles.DeleteRole;

using DeleteRole = Kechuang.Platform.Identity.Roles.DeleteRole.DeleteRole;

public sealed class DeleteRoleTests
{
    [Theory, DatabaseData]
    public async Task CustomRoleWithoutMembers_IsDeleted_ButNotWhileSomeoneHoldsIt(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var empty = await database.AddRoleAsync("临时专班");
        var held = await database.AddRoleAsync("高企认定专班");
        await database.AddUserAsync(IdentityTestData.Admin(tree.City), "gq-li", "李娜", tree.Division, [held.Id]);

        var deleted = await database.RunAsync<DeleteRole, Result<bool>>(d => d.ExecuteAsync(IdentityTestData.CityAdmin(), empty.Id, CancellationToken.None));
        var refused = await database.RunAsync<DeleteRole, Result<bool>>(d => d.ExecuteAsync(IdentityTestData.CityAdmin(), held.Id, CancellationToken.None));

        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        Assert.Equal("role-has-members", refused.Error?.Code);
        await using var db = database.NewDbContext();
        Assert.Equal(["高企认定专班"], await db.Set<KechuangRole>().Select(r => r.DisplayName).ToListAsync());
    }

    [Theory, DatabaseData]
    public async Task BuiltInRole_IsNeverDeleted(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var role = await database.AddRoleAsync("局领导", scope: DataScopeKind.All);
        await using (var db = database.NewDbContext())
        {
            await db.Set<KechuangRole>().Where(r => r.Id == role.Id).ExecuteUpdateAsync(r => r.SetProperty(x => x.IsBuiltIn, true));
        }

        var result = await database.RunAsync<DeleteRole, Result<bool>>(d => d.ExecuteAsync(IdentityTestData.CityAdmin(), role.Id, CancellationToken.None));

        Assert.Equal("role-built-in", result.Error?.Code);
    }
}
