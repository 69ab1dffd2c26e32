using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Tests.Platforms.SavePlatform;

public sealed class SavePlatformTests
{
    private static Dictionary<string, string?> Form(string name = "雁塔秦创众创空间", string region = "雁塔区", string? uscc = null, string level = "市级") => new()
    {
        ["平台类型"] = "众创空间",
        ["平台名称"] = name,
        ["级别"] = level,
        ["依托单位"] = "西安秦创智能科技有限公司",
        ["依托单位统一社会信用代码"] = uscc,
        ["所在区县"] = region,
        ["认定日期"] = "2021-06-18",
        ["状态"] = null,
    };

    [Theory, DatabaseData]
    public async Task Create_ValidatesLikeTheImportAndSaves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await DistrictUsers.SeedAsync(database);

        var invalid = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(uscc: "91610131000000003X", level: "区级"), CancellationToken.None));
        var saved = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(), CancellationToken.None));
        var again = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(), CancellationToken.None));

        Assert.False(invalid.IsSuccess);
        Assert.Equal(["级别", "依托单位统一社会信用代码"], invalid.FieldErrors.Select(e => e.Field));
        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Contains("不能重复录入", Assert.Single(again.FieldErrors).Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var platform = await db.Platforms().SingleAsync();
        Assert.Equal(("610113", PlatformStatus.Active, users.Yanta.UserId), (platform.RegionCode, platform.Status, platform.CreatedByUserId));
        Assert.True(await db.Set<Kechuang.Platform.Audit.AuditEntry>().AnyAsync(a => a.TargetType == nameof(InnovationPlatform) && a.TargetId == platform.Id.ToString()));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotPlaceOrEditAPlatformInAnotherDistrict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await DistrictUsers.SeedAsync(database);
        var beilins = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Beilin, Form("碑林众创空间", "碑林区"), CancellationToken.None));

        var placed = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form("雁塔人建的碑林众创空间", "碑林区"), CancellationToken.None));
        var edited = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.UpdateAsync(users.Yanta, beilins.Id!.Value, beilins.Version, Form("碑林众创空间", "雁塔区"), CancellationToken.None));

        Assert.Equal("所在区县", Assert.Single(placed.FieldErrors).Field);
        Assert.Equal(ErrorKind.NotFound, edited.Error?.Kind);
        await using var db = database.NewDbContext();
        Assert.Equal("610103", (await db.Platforms().SingleAsync()).RegionCode);
    }

    [Theory, DatabaseData]
    public async Task Edit_FromAStaleVersion_IsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await DistrictUsers.SeedAsync(database);
        var created = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(), CancellationToken.None));

        var first = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.UpdateAsync(users.Yanta, created.Id!.Value, created.Version, Form("雁塔秦创众创空间二期"), CancellationToken.None));
        var stale = await database.RunAsync<Registry.Platforms.SavePlatform.SavePlatform, FormOutcome>(s =>
            s.UpdateAsync(users.Yanta, created.Id!.Value, created.Version, Form("雁塔秦创众创空间三期"), CancellationToken.None));

        Assert.True(first.IsSuccess);
        Assert.Equal(2, first.Version);
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Contains("已被他人修改", stale.Error!.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal("雁塔秦创众创空间二期", (await db.Platforms().SingleAsync()).Name);
    }
}
