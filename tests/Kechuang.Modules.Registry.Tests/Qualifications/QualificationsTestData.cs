using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications;

/// <summary>The bureau with its 雁塔区 and 碑林区 district bureaus, and enterprises in both, for the qualification tests.</summary>
internal sealed record Districts(Unit Root, Unit Yanta, Unit Beilin)
{
    public CurrentUser YantaUser { get; } = DistrictUser(Yanta, "yanta");
    public CurrentUser BeilinUser { get; } = DistrictUser(Beilin, "beilin");

    private static CurrentUser DistrictUser(Unit unit, string name)
    {
        var id = Guid.CreateVersion7();
        return new CurrentUser(id, name, name, unit.Id, unit.Path,
            new HashSet<string>([RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export]),
            new DataScope(id, unit.Id, unit.Path, [new ScopeGrant(DataScopeKind.OwnUnitAndBelow, [])]));
    }
}

internal static class QualificationsTestData
{
    public const string EnterpriseHeader = "统一社会信用代码,企业名称,所在区县";

    /// <summary>Enterprise n lies in 雁塔区 when odd, in 碑林区 when even.</summary>
    public static string RegionOf(int n) => n % 2 == 1 ? "610113" : "610103";

    public static async Task<Districts> SeedDistrictsAsync(this TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Database.KechuangDbContext>();
        var root = Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100");
        var yanta = Unit.Create(root, UnitKind.DistrictBureau, "雁塔区科学技术局", "610113");
        var beilin = Unit.Create(root, UnitKind.DistrictBureau, "碑林区科学技术局", "610103");
        db.Set<Unit>().AddRange(root, yanta, beilin);
        await db.SaveChangesAsync();
        return new Districts(root, yanta, beilin);
    }

    /// <summary>Enterprises 1..count through the real enterprise import.</summary>
    public static async Task SeedEnterprisesAsync(this TestDatabase database, int count)
    {
        var lines = Enumerable.Range(1, count).Select(n => $"{Uscc(n)},西安{Names[n % Names.Length]}第{n}科技有限公司,{RegionOf(n)}");
        var result = await database.ImportAsync("enterprises", CsvFile([EnterpriseHeader, .. lines]));
        Assert.True(result.IsSuccess && result.Value.Errors.Count == 0, result.IsSuccess ? string.Join("；", result.Value.Errors) : result.Error.Message);
    }

    private static readonly string[] Names = ["秦创智能", "长安新材料", "曲江光电", "大雁塔生物", "碑林软件", "小寨芯片", "丝路航天"];
}
