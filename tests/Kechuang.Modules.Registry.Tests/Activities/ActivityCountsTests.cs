using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using static Kechuang.Modules.Registry.Tests.Activities.ListActivities.ListActivitiesTests;

namespace Kechuang.Modules.Registry.Tests.Activities;

public sealed class ActivityCountsTests
{
    [Theory, DatabaseData]
    public async Task Counts_ActivitiesByKindInThePeriod(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var firstHalf = await database.RunAsync<ActivityCounts, IReadOnlyList<ActivityKindCount>>(c =>
            c.ByKindAsync(users.City.Scope, null, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), CancellationToken.None));
        var beilinYear = await database.RunAsync<ActivityCounts, IReadOnlyList<ActivityKindCount>>(c =>
            c.ByKindAsync(users.City.Scope, "610103", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CancellationToken.None));
        var yantaUser = await database.RunAsync<ActivityCounts, IReadOnlyList<ActivityKindCount>>(c =>
            c.ByKindAsync(users.Yanta.Scope, null, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CancellationToken.None));

        Assert.Equal(
            [
                new ActivityKindCount(ActivityKind.Matchmaking, 1, 260, 45),
                new ActivityKindCount(ActivityKind.InnovationWeek, 1, 5000, 300),
                new ActivityKindCount(ActivityKind.SciencePopularisation, 1, 1200, 0),
            ],
            firstHalf);
        Assert.Equal([new ActivityKindCount(ActivityKind.Matchmaking, 1, 80, 30), new ActivityKindCount(ActivityKind.SciencePopularisation, 1, 1200, 0)],
            beilinYear);
        Assert.Equal([new ActivityKindCount(ActivityKind.Matchmaking, 1, 260, 45)], yantaUser);
    }
}
