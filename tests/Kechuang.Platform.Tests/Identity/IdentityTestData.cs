using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity;

/// <summary>西安市科学技术局 with two district bureaus, one division and an enterprise in 雁塔区.</summary>
internal sealed record XianTree(Unit City, Unit Division, Unit Yanta, Unit Beilin, Unit YantaEnterprise);

internal static class IdentityTestData
{
    public static Task<TestDatabase> CreateDatabaseAsync(DatabaseProvider provider) =>
        TestDatabase.CreateAsync(provider, (_, _) => { }, new Dictionary<string, string?>
        {
            ["Security:PersonalDataKey"] = "ASNFZ4mrze/+3LqYdlQyEA==",
        });

    public static async Task<XianTree> SeedXianAsync(this TestDatabase database)
    {
        await using var db = database.NewDbContext();
        var city = Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100");
        var division = Unit.Create(city, UnitKind.Division, "综合规划处", null);
        var yanta = Unit.Create(city, UnitKind.DistrictBureau, "雁塔区科技局", "610113");
        var beilin = Unit.Create(city, UnitKind.DistrictBureau, "碑林区科技局", "610103");
        var enterprise = Unit.Create(yanta, UnitKind.Enterprise, "西安雁塔光电科技有限公司", "91610113MA6U0XXX02");
        db.Set<Unit>().AddRange(city, division, yanta, beilin, enterprise);
        await db.SaveChangesAsync();
        return new XianTree(city, division, yanta, beilin, enterprise);
    }

    /// <summary>A system administrator acting from <paramref name="unit"/> with one grant of <paramref name="scope"/>.</summary>
    public static CurrentUser Admin(Unit unit, DataScopeKind scope = DataScopeKind.All, Guid? userId = null, params string[] regions)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var id = userId ?? Guid.CreateVersion7();
        return new CurrentUser(id, "admin", "管理员", unit.Id, unit.Path,
            new HashSet<string>([PlatformPermissions.UnitsManage, PlatformPermissions.UsersManage, PlatformPermissions.RolesManage]),
            new DataScope(id, unit.Id, unit.Path, [new ScopeGrant(scope, regions)]));
    }

    /// <summary>An administrator who sees everything (roles are managed only by such).</summary>
    public static CurrentUser CityAdmin() => Admin(Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100"));

    public static async Task<TResult> RunAsync<TUseCase, TResult>(this TestDatabase database, Func<TUseCase, Task<TResult>> call)
        where TUseCase : notnull
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(call);
        await using var scope = database.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
