using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Activities.ImportActivities;

public sealed class ActivityImportTests
{
    internal const string Header = "活动类型,活动名称,开始日期,结束日期,主办单位,所在区县,参与人数,参与企业数,备注";

    [Theory, DatabaseData]
    public async Task ValidRows_AreImportedAndBadRowsReportedInChinese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header,
            "对接会,2024年西安市科技成果转化对接会,2024-05-18,2024-05-19,西安市科学技术局,610113,260,45,现场签约项目12个",
            "科普活动,碑林区全国科技活动周,2024年5月20日,,碑林区科学技术局、碑林区科协,碑林区,1200,,",
            "创新周,2024 西安创新周,2024-06-10,2024-06-08,西安市科学技术局,,,,",
            "路演,秦创原项目路演,2024-07-01,,西安市科学技术局,610113,-5,,",
            "校企行,,2024-07-01,,,610113,,,");

        var result = await database.ImportAsync("activities", file);

        Assert.Equal(new ImportCounts(5, 2, 0, 0, 3), result.Value.Counts);
        string Error(int row) => result.Value.Errors.Single(e => e.Row == row).Message;
        Assert.Contains("【结束日期】结束日期（2024-06-08）不能早于开始日期（2024-06-10）", Error(4), StringComparison.Ordinal);
        Assert.Contains("【活动类型】“路演”不是可选值", Error(5), StringComparison.Ordinal);
        Assert.Contains("【参与人数】应在 0～10000000 之间", Error(5), StringComparison.Ordinal);
        Assert.Contains("【活动名称】必填", Error(6), StringComparison.Ordinal);
        Assert.Contains("【主办单位】必填", Error(6), StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var science = await db.Activities().SingleAsync(a => a.Kind == ActivityKind.SciencePopularisation);
        Assert.Equal(("610103", new DateOnly(2024, 5, 20), (DateOnly?)null, 1200, (int?)null),
            (science.RegionCode, science.HeldOn, science.EndsOn, science.Participants!.Value, science.Enterprises));
    }

    [Theory, DatabaseData]
    public async Task Reimport_IsIdempotent_AndTheKeyIsKindTitleAndStartDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, "对接会,秦创原成果对接会,2024-05-18,,西安市科学技术局,610113,260,45,");
        await database.ImportAsync("activities", file);

        var again = await database.ImportAsync("activities", file);
        var changed = await database.ImportAsync("activities", CsvFile(Header,
            "对接会,秦创原成果对接会,2024-05-18,,西安市科学技术局,610113,300,45,",
            "对接会,秦创原成果对接会,2024-09-18,,西安市科学技术局,610113,120,20,"));
        var twice = await database.ImportAsync("activities", CsvFile(Header,
            "校企行,高校院所校企行,2024-10-01,,西安市科学技术局,,,,",
            "校企行,高校院所校企行,2024-10-01,,西安交通大学,,,,"));

        Assert.Equal(new ImportCounts(1, 0, 0, 1, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), changed.Value.Counts);
        Assert.Contains("与第 2 行重复（校企行·高校院所校企行·2024-10-01）", Assert.Single(twice.Value.Errors).Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(300, (await db.Activities().SingleAsync(a => a.HeldOn == new DateOnly(2024, 5, 18))).Participants);
    }
}
