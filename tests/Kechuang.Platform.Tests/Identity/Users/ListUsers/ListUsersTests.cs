using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.ListUsers;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Users.ListUsers;

using ListUsers = Kechuang.Platform.Identity.Users.ListUsers.ListUsers;

public sealed class ListUsersTests
{
    private static readonly string[] Injections =
    [
        "' OR '1'='1",
        "'; DROP TABLE sys_users; --",
        "%",
        "_",
        "\" OR 1=1 --",
        "李' UNION SELECT * FROM sys_users --",
        "\\",
    ];

    [Theory, DatabaseData]
    public async Task SearchByNameUnitOrRole_FindsTheMatchingUsers(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var staff = await database.AddRoleAsync("区县科技局业务员");
        var admin = IdentityTestData.Admin(tree.City);
        await database.AddUserAsync(admin, "yt-liwei", "李伟", tree.Yanta, [staff.Id], mobile: "13812341234");
        await database.AddUserAsync(admin, "bl-wangfang", "王芳", tree.Beilin);
        await database.AddUserAsync(admin, "gh-zhaolei", "赵磊", tree.Division);

        async Task<string[]> Search(string text) =>
            (await database.RunAsync<ListUsers, UserListPage>(l => l.ExecuteAsync(admin, new UserListQuery(text), CancellationToken.None)))
                .Items.Select(u => u.UserName).ToArray();

        Assert.Equal(["yt-liwei"], await Search("李伟"));
        Assert.Equal(["bl-wangfang"], await Search("碑林"));
        Assert.Equal(["yt-liwei"], await Search("业务员"));
        Assert.Equal(["gh-zhaolei"], await Search("zhao"));
        var row = (await database.RunAsync<ListUsers, UserListPage>(l => l.ExecuteAsync(admin, new UserListQuery("李伟"), CancellationToken.None))).Items.Single();
        Assert.Equal("138****1234", row.MobilePhoneMasked);
        Assert.Equal("雁塔区科技局", row.UnitName);
    }

    [Theory, DatabaseData]
    public async Task SqlInjectionSearchStrings_MatchNothingAndLeaveTheTableIntact(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);
        await database.AddUserAsync(admin, "yt-liwei", "李伟", tree.Yanta);
        await database.AddUserAsync(admin, "bl-wangfang", "王芳", tree.Beilin);

        foreach (var text in Injections)
        {
            var page = await database.RunAsync<ListUsers, UserListPage>(l => l.ExecuteAsync(admin, new UserListQuery(text), CancellationToken.None));
            Assert.True(page.Total == 0, $"“{text}” matched {page.Total} users.");
        }
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.Set<KechuangUser>().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task DistrictAdministrator_ListsOnlyTheUsersOfHisDistrict(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var city = IdentityTestData.Admin(tree.City);
        await database.AddUserAsync(city, "yt-liwei", "李伟", tree.Yanta);
        await database.AddUserAsync(city, "yt-qiye", "周强", tree.YantaEnterprise);
        await database.AddUserAsync(city, "bl-wangfang", "王芳", tree.Beilin);

        var page = await database.RunAsync<ListUsers, UserListPage>(l =>
            l.ExecuteAsync(IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow), new UserListQuery(), CancellationToken.None));

        Assert.Equal(["yt-liwei", "yt-qiye"], page.Items.Select(u => u.UserName));
        Assert.Equal(2, page.Total);
    }

    [Theory, DatabaseData]
    public async Task Paging_ReturnsTheRequestedSliceAndTheTotal(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var admin = IdentityTestData.Admin(tree.City);
        for (var i = 1; i <= 5; i++)
        {
            await database.AddUserAsync(admin, $"user{i}", $"用户{i}", tree.Division);
        }

        var page = await database.RunAsync<ListUsers, UserListPage>(l => l.ExecuteAsync(admin, new UserListQuery(Page: 2, PageSize: 2), CancellationToken.None));

        Assert.Equal(5, page.Total);
        Assert.Equal(["user3", "user4"], page.Items.Select(u => u.UserName));
    }
}
