using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.CreateUser;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity.Users.CreateUser;

using CreateUser = Kechuang.Platform.Identity.Users.CreateUser.CreateUser;

public sealed class CreateUserTests
{
    [Theory, DatabaseData]
    public async Task NewUser_GetsARandomPasswordThatMustBeChangedAndEncryptedPersonalData(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var staff = await database.AddRoleAsync("区县科技局");

        var created = await database.AddUserAsync(IdentityTestData.Admin(tree.City), "yt-liwei", "李伟", tree.Yanta, [staff.Id],
            "11010519491231002x", "138 1234 1234");

        Assert.Equal(16, created.InitialPassword.Length);
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
        var user = await users.FindByIdAsync(created.Id.ToString());
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, created.InitialPassword));
        Assert.True(user.MustChangePassword);
        Assert.Equal([staff.Name!], await users.GetRolesAsync(user));
        Assert.StartsWith("sm4:", user.IdCardNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("110105", user.IdCardNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", user.MobilePhone, StringComparison.Ordinal);
        var personal = scope.ServiceProvider.GetRequiredService<Kechuang.Platform.Security.PersonalData>();
        Assert.Equal("11010519491231002X", personal.Unprotect(user.IdCardNumber!));
        Assert.Equal("13812341234", personal.Unprotect(user.MobilePhone!));
    }

    [Theory, DatabaseData]
    public async Task AdministratorRoleTogetherWithABusinessRole_IsRefused(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var audit = await database.AddRoleAsync("审计管理员", AdminDuty.AuditAdministrator, DataScopeKind.All);
        var staff = await database.AddRoleAsync("业务处室");

        var result = await database.RunAsync<CreateUser, Result<CreatedUser>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.City),
            new CreateUserCommand("sj-zhang", "张审计", tree.City.Id, [audit.Id, staff.Id]), CancellationToken.None));

        Assert.Equal("duty-separation", result.Error?.Code);
        Assert.Contains("三员分立", result.Error!.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.False(await db.Set<KechuangUser>().AnyAsync());
    }

    [Theory]
    [InlineData("610113199001011234", null, "id-card-check")]
    [InlineData(null, "2381234123", "mobile-format")]
    public async Task InvalidPersonalData_IsRefusedWithAChineseMessage(string? idCard, string? mobile, string reason)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(DatabaseProvider.Sqlite);
        var tree = await database.SeedXianAsync();

        var result = await database.RunAsync<CreateUser, Result<CreatedUser>>(c => c.ExecuteAsync(IdentityTestData.Admin(tree.City),
            new CreateUserCommand("wang", "王芳", tree.City.Id, null, idCard, mobile), CancellationToken.None));

        Assert.Equal(reason, result.Error?.Code);
    }

    [Theory, DatabaseData]
    public async Task ScriptInTheDisplayName_IsStoredAsPlainText(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        const string name = "<script>alert('x')</script>";

        var created = await database.AddUserAsync(IdentityTestData.Admin(tree.City), "xss", name, tree.City);

        await using var db = database.NewDbContext();
        Assert.Equal(name, (await db.Set<KechuangUser>().SingleAsync(u => u.Id == created.Id)).DisplayName);
    }

    [Theory, DatabaseData]
    public async Task DistrictAdministrator_CannotCreateUsersInAnotherDistrictOrGrantCityWideRoles(DatabaseProvider provider)
    {
        await using var database = await IdentityTestData.CreateDatabaseAsync(provider);
        var tree = await database.SeedXianAsync();
        var leadership = await database.AddRoleAsync("局领导", scope: DataScopeKind.All);
        var yanta = IdentityTestData.Admin(tree.Yanta, DataScopeKind.OwnUnitAndBelow);

        var otherDistrict = await database.RunAsync<CreateUser, Result<CreatedUser>>(c => c.ExecuteAsync(yanta,
            new CreateUserCommand("bl-x", "碑林某人", tree.Beilin.Id), CancellationToken.None));
        var cityWide = await database.RunAsync<CreateUser, Result<CreatedUser>>(c => c.ExecuteAsync(yanta,
            new CreateUserCommand("yt-x", "雁塔某人", tree.Yanta.Id, [leadership.Id]), CancellationToken.None));

        Assert.Equal(ErrorKind.NotFound, otherDistrict.Error?.Kind);
        Assert.Equal("role-beyond-scope", cityWide.Error?.Code);
    }
}
