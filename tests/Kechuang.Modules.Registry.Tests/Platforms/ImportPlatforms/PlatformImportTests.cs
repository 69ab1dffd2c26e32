using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Platforms.ImportPlatforms;

public sealed class PlatformImportTests
{
    internal const string Header = "平台类型,平台名称,级别,依托单位,依托单位统一社会信用代码,所在区县,认定日期,状态";
    internal const string AssessmentHeader = "平台类型,级别,平台名称,年度,考核等级";

    [Theory, DatabaseData]
    public async Task ValidRows_AreImportedAndBadRowsReportedInChinese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await DistrictUsers.SeedAsync(database);
        var file = CsvFile(Header,
            $"众创空间,西安秦创众创空间,市级,西安秦创智能科技有限公司,{Uscc(1)},610113,2021-06-18,",
            "重点实验室,陕西省先进材料重点实验室,省级,西北工业大学,,碑林区,2019年3月5日,整改/暂停",
            "孵化器,曲江文化孵化器,区级,西安曲江文化产业投资有限公司,91610131000000003X,610113,2020-13-01,",
            "孵化器,,国家级,西安高新创业园,,610113,2020-01-01,");

        var result = await database.ImportAsync("platforms", file);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(4, 2, 0, 0, 2), result.Value.Counts);
        var bad = result.Value.Errors.Single(e => e.Row == 4).Message;
        Assert.Contains("【级别】“区级”不是可选值，应为：国家级、省级、市级", bad, StringComparison.Ordinal);
        Assert.Contains("【依托单位统一社会信用代码】", bad, StringComparison.Ordinal);
        Assert.Contains("【认定日期】", bad, StringComparison.Ordinal);
        Assert.Contains("【平台名称】必填", result.Value.Errors.Single(e => e.Row == 5).Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var saved = await db.Platforms().OrderBy(p => p.Name).ToListAsync();
        var lab = saved.Single(p => p.Kind == PlatformKind.KeyLab);
        Assert.Equal(("610103", RecognitionLevel.Provincial, PlatformStatus.Suspended, new DateOnly(2019, 3, 5)),
            (lab.RegionCode, lab.Level, lab.Status, lab.RecognizedOn));
        var space = saved.Single(p => p.Kind == PlatformKind.Makerspace);
        Assert.Equal((PlatformStatus.Active, Uscc(1)), (space.Status, space.HostUscc));
        var yanta = await db.Set<Kechuang.Platform.Identity.Unit>().SingleAsync(u => u.Code == "610113");
        Assert.Equal(yanta.Path, space.OwnerUnitPath);
    }

    [Theory, DatabaseData]
    public async Task Reimport_IsIdempotentAndAChangedRowUpdatesTheSamePlatform(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, "众创空间,西安秦创众创空间,市级,西安秦创智能科技有限公司,,610113,2021-06-18,正常");
        await database.ImportAsync("platforms", file);
        var changed = CsvFile(Header, "众创空间,西安秦创众创空间,市级,西安秦创智能科技有限公司,,610113,2021-06-18,已撤销");

        var again = await database.ImportAsync("platforms", file);
        var update = await database.ImportAsync("platforms", changed);

        Assert.Equal(new ImportCounts(1, 0, 0, 1, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), update.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(PlatformStatus.Revoked, (await db.Platforms().SingleAsync()).Status);
    }

    [Theory, DatabaseData]
    public async Task TheSamePlatformTwiceInOneFile_IsRejectedOnTheSecondRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header,
            "众创空间,西安秦创众创空间,市级,甲公司,,610113,2021-06-18,",
            "众创空间,西安秦创众创空间,市级,乙公司,,610113,2022-06-18,",
            "众创空间,西安秦创众创空间,省级,乙公司,,610113,2022-06-18,");

        var result = await database.ImportAsync("platforms", file);

        Assert.Equal(new ImportCounts(3, 2, 0, 0, 1), result.Value.Counts);
        var error = Assert.Single(result.Value.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("与第 2 行重复（众创空间·市级·西安秦创众创空间）", error.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Assessments_NeedTheirPlatformAndLieWhereItLies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await DistrictUsers.SeedAsync(database);
        await database.ImportAsync("platforms", CsvFile(Header, "孵化器,碑林科技企业孵化器,省级,西安碑林科技发展有限公司,,610103,2018-09-01,"));
        var file = CsvFile(AssessmentHeader,
            "孵化器,省级,碑林科技企业孵化器,2023,优秀",
            "孵化器,市级,碑林科技企业孵化器,2023,良好",
            "孵化器,省级,碑林科技企业孵化器,2022,很好");

        var result = await database.ImportAsync("platform-assessments", file);
        var again = await database.ImportAsync("platform-assessments", CsvFile(AssessmentHeader, "孵化器,省级,碑林科技企业孵化器,2023,良好"));

        Assert.Equal(new ImportCounts(3, 1, 0, 0, 2), result.Value.Counts);
        Assert.Contains("【平台名称】未找到市级孵化器“碑林科技企业孵化器”", result.Value.Errors.Single(e => e.Row == 3).Message, StringComparison.Ordinal);
        Assert.Contains("【考核等级】“很好”不是可选值，应为：优秀、良好、合格、不合格", result.Value.Errors.Single(e => e.Row == 4).Message, StringComparison.Ordinal);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), again.Value.Counts);
        await using var db = database.NewDbContext();
        var platform = await db.Platforms().SingleAsync();
        var assessment = await db.PlatformAssessments().SingleAsync();
        Assert.Equal((platform.Id, 2023, "良好"), (assessment.PlatformId, assessment.Year, assessment.Grade));
        Assert.Equal((platform.RegionCode, platform.OwnerUnitPath), (assessment.RegionCode, assessment.OwnerUnitPath));
    }

    [Theory, DatabaseData]
    public async Task APlatformMovingDistrict_TakesItsAssessmentsAlong(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await DistrictUsers.SeedAsync(database);
        await database.ImportAsync("platforms", CsvFile(Header, "孵化器,西安科技企业孵化器,省级,西安科技发展有限公司,,610103,2018-09-01,"));
        await database.ImportAsync("platform-assessments", CsvFile(AssessmentHeader, "孵化器,省级,西安科技企业孵化器,2023,优秀"));

        await database.ImportAsync("platforms", CsvFile(Header, "孵化器,西安科技企业孵化器,省级,西安科技发展有限公司,,610113,2018-09-01,"));

        await using var db = database.NewDbContext();
        var platform = await db.Platforms().SingleAsync();
        var assessment = await db.PlatformAssessments().SingleAsync();
        Assert.Equal("610113", assessment.RegionCode);
        Assert.Equal(platform.OwnerUnitPath, assessment.OwnerUnitPath);
    }

    [Theory, DatabaseData]
    public async Task RollingBackAMove_PutsThePlatformAndItsAssessmentsBack_AndABatchWithLaterAssessmentsIsKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await DistrictUsers.SeedAsync(database);
        var created = await database.ImportAsync("platforms", CsvFile(Header, "孵化器,西安科技企业孵化器,省级,西安科技发展有限公司,,610103,2018-09-01,"));
        await database.ImportAsync("platform-assessments", CsvFile(AssessmentHeader, "孵化器,省级,西安科技企业孵化器,2023,优秀"));
        var moved = await database.ImportAsync("platforms", CsvFile(Header, "孵化器,西安科技企业孵化器,省级,西安科技发展有限公司,,610113,2018-09-01,"));

        var undone = await database.RollbackAsync(moved.Value.BatchId);
        var blocked = await database.RollbackAsync(created.Value.BatchId);

        Assert.True(undone.IsSuccess, undone.Error?.Message);
        Assert.False(blocked.IsSuccess);
        Assert.Contains("年度考核记录", blocked.Error!.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var platform = await db.Platforms().SingleAsync();
        var assessment = await db.PlatformAssessments().SingleAsync();
        Assert.Equal("610103", platform.RegionCode);
        Assert.Equal(("610103", platform.OwnerUnitPath), (assessment.RegionCode, assessment.OwnerUnitPath));
    }
}
