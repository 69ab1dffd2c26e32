using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;
using Kechuang.Modules.Registry.Enterprises.SaveEnterprise;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Enterprises.EnterpriseTestData;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises.SaveEnterprise;

public sealed class SaveEnterpriseTests
{
    private static Dictionary<string, string?> Form(string uscc, string name, string region, string? zone = null, string? founded = null) => new()
    {
        ["统一社会信用代码"] = uscc,
        ["企业名称"] = name,
        ["所在区县"] = region,
        ["所属开发区"] = zone,
        ["国民经济行业代码"] = "I6513",
        ["技术领域"] = "电子信息",
        ["成立日期"] = founded ?? "2019-08-08",
        ["所得税征收方式"] = "查账征收",
        ["是否规上企业"] = "否",
        ["上市情况"] = "未上市",
    };

    private static async Task<EnterpriseSaveOutcome> SaveAsync(TestDatabase database, Guid? id, EnterpriseForm form, CurrentUser? user = null)
    {
        await using var services = database.CreateScope();
        return await services.ServiceProvider.GetRequiredService<Registry.Enterprises.SaveEnterprise.SaveEnterprise>()
            .ExecuteAsync(id, form, user ?? CurrentUser.ServerConsole, CancellationToken.None);
    }

    [Theory, DatabaseData]
    public async Task Create_StoresTheEnterpriseOwnedByItsDistrictBureau(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();

        var outcome = await SaveAsync(database, null, new EnterpriseForm(Form(Uscc(1), "西安秦创智能科技有限公司", "雁塔区", "高新区")));

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.FieldErrors) + outcome.Error?.Message);
        Assert.True(outcome.Saved!.Created);
        await using var db = database.NewDbContext();
        var saved = await db.Enterprises().SingleAsync();
        Assert.Equal(("610113", "XA-GX", bureaus.Yanta.Id, 1), (saved.RegionCode, saved.ZoneCode, saved.OwnerUnitId, saved.Version));
    }

    [Theory, DatabaseData]
    public async Task InvalidFields_AreReportedInChinesePerField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var form = Form("91610131000000003X", "", "火星区", zone: "月球开发区", founded: "去年春天");
        form["技术领域"] = "炼金术";

        var outcome = await SaveAsync(database, null, new EnterpriseForm(form));

        Assert.False(outcome.IsSuccess);
        var byField = outcome.FieldErrors.ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal(new[] { "企业名称", "成立日期", "所在区县", "所属开发区", "技术领域", "统一社会信用代码" }.Order(StringComparer.Ordinal),
            byField.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("必填", byField["企业名称"], StringComparison.Ordinal);
        Assert.Contains("校验码", byField["统一社会信用代码"], StringComparison.Ordinal);
        Assert.Contains("火星区", byField["所在区县"], StringComparison.Ordinal);
        Assert.Contains("不是已登记的开发区", byField["所属开发区"], StringComparison.Ordinal);
        Assert.Contains("不是可选值", byField["技术领域"], StringComparison.Ordinal);
        Assert.Contains("去年春天", byField["成立日期"], StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.Enterprises().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task SecondEnterpriseWithTheSameUscc_IsAConflictNamingTheFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync($"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,", $"{Uscc(2)},西安碑林新材料股份有限公司,610103,,,,,,,");

        var created = await SaveAsync(database, null, new EnterpriseForm(Form(Uscc(1), "西安另一家科技有限公司", "610104")));
        var edited = await SaveAsync(database, ids[Uscc(2)], new EnterpriseForm(Form(Uscc(1), "西安碑林新材料股份有限公司", "610103"), 1));

        Assert.Equal(ErrorKind.Conflict, created.Error?.Kind);
        Assert.Contains("西安秦创智能科技有限公司", created.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("雁塔区", created.Error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Conflict, edited.Error?.Kind);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.Enterprises().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task EditWithAStaleVersion_IsAConflictAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync($"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,");
        var id = ids[Uscc(1)];

        var first = await SaveAsync(database, id, new EnterpriseForm(Form(Uscc(1), "西安秦创智能科技股份有限公司", "610113"), 1));
        var stale = await SaveAsync(database, id, new EnterpriseForm(Form(Uscc(1), "西安秦创智能有限公司", "610113"), 1));
        var noVersion = await SaveAsync(database, id, new EnterpriseForm(Form(Uscc(1), "西安秦创智能有限公司", "610113")));

        Assert.True(first.IsSuccess);
        Assert.Equal(2, first.Saved!.Version);
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Contains("已被他人修改", stale.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Validation, noVersion.Error?.Kind);
        await using var db = database.NewDbContext();
        var saved = await db.Enterprises().SingleAsync();
        Assert.Equal(("西安秦创智能科技股份有限公司", 2), (saved.Name, saved.Version));
    }

    [Theory, DatabaseData]
    public async Task MovingToAnotherDistrict_MovesTheQualificationsWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync($"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,");
        var id = ids[Uscc(1)];
        await database.AddAsync((_, owners) => [Certificate(id, "610113", owners, "GR202461000101", Today.AddYears(-1))]);

        var moved = await SaveAsync(database, id, new EnterpriseForm(Form(Uscc(1), "西安秦创智能科技有限公司", "碑林区"), 1));

        Assert.True(moved.IsSuccess, string.Join("; ", moved.FieldErrors) + moved.Error?.Message);
        await using var db = database.NewDbContext();
        var certificate = await db.HighTechCertificates().SingleAsync();
        Assert.Equal(("610103", bureaus.Beilin.Id), (certificate.RegionCode, certificate.OwnerUnitId));
        Assert.Equal(bureaus.Beilin.Path, (await db.Enterprises().SingleAsync()).OwnerUnitPath);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotEditOrCreateInAnotherDistrict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync($"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,", $"{Uscc(2)},西安碑林新材料股份有限公司,610103,,,,,,,");

        var editOther = await SaveAsync(database, ids[Uscc(2)], new EnterpriseForm(Form(Uscc(2), "西安碑林新材料有限公司", "610103"), 1), bureaus.YantaUser);
        var createThere = await SaveAsync(database, null, new EnterpriseForm(Form(Uscc(3), "西安碑林另一家有限公司", "610103")), bureaus.YantaUser);
        var moveAway = await SaveAsync(database, ids[Uscc(1)], new EnterpriseForm(Form(Uscc(1), "西安秦创智能科技有限公司", "610103"), 1), bureaus.YantaUser);
        var createOwn = await SaveAsync(database, null, new EnterpriseForm(Form(Uscc(4), "西安雁塔新创科技有限公司", "610113")), bureaus.YantaUser);

        Assert.Equal(ErrorKind.NotFound, editOther.Error?.Kind);
        Assert.Contains("不在您的数据范围内", Assert.Single(createThere.FieldErrors, e => e.Field == "所在区县").Message, StringComparison.Ordinal);
        Assert.Single(moveAway.FieldErrors, e => e.Field == "所在区县");
        Assert.True(createOwn.IsSuccess);
        await using var db = database.NewDbContext();
        Assert.Equal("西安碑林新材料股份有限公司", (await db.Enterprises().SingleAsync(e => e.Uscc == Uscc(2))).Name);
        Assert.Equal("610113", (await db.Enterprises().SingleAsync(e => e.Uscc == Uscc(1))).RegionCode);
        Assert.Equal(3, await db.Enterprises().CountAsync());
    }
}
