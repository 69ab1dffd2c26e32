using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Platforms.GetPlatform;
using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.Platforms.ImportPlatforms.PlatformImportTests;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Platforms.ListPlatforms;

public sealed class ListPlatformsTests
{
    internal static async Task<DistrictUsers> SeedAsync(TestDatabase database)
    {
        var users = await DistrictUsers.SeedAsync(database);
        await database.ImportAsync("platforms", CsvFile(Header,
            "众创空间,雁塔秦创众创空间,市级,西安秦创智能科技有限公司,,610113,2021-06-18,",
            "孵化器,雁塔科技企业孵化器,国家级,西安雁塔科技发展有限公司,,610113,2022-03-01,",
            "重点实验室,陕西省先进材料重点实验室,省级,西北工业大学,,610103,2022-09-09,",
            "加速器,碑林环大学产业加速器,市级,西安碑林环大学产业园有限公司,,610103,2022-11-20,整改/暂停"));
        await database.ImportAsync("platform-assessments", CsvFile(AssessmentHeader,
            "重点实验室,省级,陕西省先进材料重点实验室,2023,优秀",
            "孵化器,国家级,雁塔科技企业孵化器,2023,合格"));
        return users;
    }

    private static Task<PlatformList> ListAsync(TestDatabase database, Kechuang.Platform.Identity.CurrentUser user, PlatformFilter filter) =>
        database.RunAsync<Registry.Platforms.ListPlatforms.ListPlatforms, PlatformList>(l => l.ExecuteAsync(user, filter, new PageRequest(), CancellationToken.None));

    [Theory, DatabaseData]
    public async Task Filters_NarrowTheListAndItsCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var all = await ListAsync(database, users.City, new PlatformFilter());
        var year2022 = await ListAsync(database, users.City, new PlatformFilter(Year: 2022));
        var city = await ListAsync(database, users.City, new PlatformFilter(Region: "610100", Level: RecognitionLevel.Municipal));
        var active = await ListAsync(database, users.City, new PlatformFilter(Status: PlatformStatus.Active, Region: "610103"));
        var kind = await ListAsync(database, users.City, PlatformFilter.Parse("孵化器", null, null, null, null).Value);

        Assert.Equal(4, all.Page.Total);
        Assert.Equal("碑林环大学产业加速器", all.Page.Items[0].Name);
        Assert.Equal(4, all.Counts.Sum(c => c.Count));
        Assert.Contains(new PlatformCountRow("众创空间", "市级", 1), all.Counts);
        Assert.Equal(3, year2022.Page.Total);
        Assert.Equal(["碑林环大学产业加速器", "雁塔秦创众创空间"], city.Page.Items.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("陕西省先进材料重点实验室", Assert.Single(active.Page.Items).Name);
        Assert.Equal("国家级", Assert.Single(kind.Page.Items).Level);
        Assert.False(PlatformFilter.Parse("实验室中心", null, null, null, null).IsSuccess);
        Assert.Contains("超出范围", PlatformFilter.Parse(null, null, null, null, 0).Error!.Message, StringComparison.Ordinal);
        Assert.False(PlatformFilter.Parse(null, null, "61011", null, null).IsSuccess);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsPlatforms(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        await using var db = database.NewDbContext();
        var beilinLab = await db.Platforms().SingleAsync(p => p.RegionCode == "610103" && p.Kind == PlatformKind.KeyLab);

        var yantaList = await ListAsync(database, users.Yanta, new PlatformFilter());
        var yantaAsksBeilin = await ListAsync(database, users.Yanta, new PlatformFilter(Region: "610103"));
        var detail = await database.RunAsync<GetPlatform, Result<PlatformDetail>>(g => g.ExecuteAsync(users.Yanta, beilinLab.Id, CancellationToken.None));
        var beilinDetail = await database.RunAsync<GetPlatform, Result<PlatformDetail>>(g => g.ExecuteAsync(users.Beilin, beilinLab.Id, CancellationToken.None));

        Assert.Equal(["雁塔科技企业孵化器", "雁塔秦创众创空间"], yantaList.Page.Items.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, yantaList.Counts.Sum(c => c.Count));
        Assert.Empty(yantaAsksBeilin.Page.Items);
        Assert.Equal(ErrorKind.NotFound, detail.Error?.Kind);
        Assert.True(beilinDetail.IsSuccess);
        Assert.Equal((2023, "优秀"), (Assert.Single(beilinDetail.Value.Assessments).Year, beilinDetail.Value.Assessments[0].Grade));
    }
}
