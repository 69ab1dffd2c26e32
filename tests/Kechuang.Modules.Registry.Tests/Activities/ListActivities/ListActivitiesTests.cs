using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Activities.ListActivities;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using static Kechuang.Modules.Registry.Tests.Activities.ImportActivities.ActivityImportTests;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Activities.ListActivities;

public sealed class ListActivitiesTests
{
    internal static async Task<DistrictUsers> SeedAsync(TestDatabase database)
    {
        var users = await DistrictUsers.SeedAsync(database);
        await database.ImportAsync("activities", CsvFile(Header,
            "对接会,雁塔区科技成果转化对接会,2024-05-18,2024-05-19,雁塔区科学技术局,610113,260,45,",
            "科普活动,碑林区全国科技活动周,2024-05-20,,碑林区科学技术局,610103,1200,,",
            "对接会,碑林区产学研对接会,2024-09-10,,碑林区科学技术局,610103,80,30,",
            "创新周,2024 西安创新周,2024-06-10,2024-06-16,西安市科学技术局,,5000,300,全市性活动"));
        return users;
    }

    private static Task<Page<ActivityRow>> ListAsync(TestDatabase database, CurrentUser user, ActivityFilter filter) =>
        database.RunAsync<Registry.Activities.ListActivities.ListActivities, Page<ActivityRow>>(l => l.ExecuteAsync(user, filter, new PageRequest(), CancellationToken.None));

    [Theory, DatabaseData]
    public async Task Filters_ByKindDateRangeAndRegion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var all = await ListAsync(database, users.City, new ActivityFilter());
        var matchmaking = await ListAsync(database, users.City, ActivityFilter.Parse("对接会", null, null, null).Value);
        var may = await ListAsync(database, users.City, ActivityFilter.Parse(null, "2024-05-01", "2024-05-31", null).Value);
        var beilin = await ListAsync(database, users.City, new ActivityFilter(Region: "610103"));

        Assert.Equal(["碑林区产学研对接会", "2024 西安创新周", "碑林区全国科技活动周", "雁塔区科技成果转化对接会"], all.Items.Select(a => a.Title));
        Assert.Equal(2, matchmaking.Total);
        Assert.Equal(["碑林区全国科技活动周", "雁塔区科技成果转化对接会"], may.Items.Select(a => a.Title));
        Assert.Equal(2, beilin.Total);
        Assert.False(ActivityFilter.Parse(null, "五月", null, null).IsSuccess);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsActivities(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var yanta = await ListAsync(database, users.Yanta, new ActivityFilter());
        var yantaAsksBeilin = await ListAsync(database, users.Yanta, new ActivityFilter(Kind: ActivityKind.Matchmaking, Region: "610103"));

        Assert.Equal("雁塔区科技成果转化对接会", Assert.Single(yanta.Items).Title);
        Assert.Empty(yantaAsksBeilin.Items);
    }
}
