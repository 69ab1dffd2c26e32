using Kechuang.Modules.Registry.Talents;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using static Kechuang.Modules.Registry.Tests.Talents.ListTalents.ListTalentsTests;

namespace Kechuang.Modules.Registry.Tests.Talents;

public sealed class TalentCountsTests
{
    [Theory, DatabaseData]
    public async Task Counts_TalentsOfThePeriodPerKind_WithinTheRegion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var city2023 = await database.RunAsync<TalentCounts, TalentPeriodCounts>(c =>
            c.NewInPeriodAsync(users.City.Scope, "610100", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), CancellationToken.None));
        var yanta = await database.RunAsync<TalentCounts, TalentPeriodCounts>(c =>
            c.NewInPeriodAsync(users.City.Scope, "610113", new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31), CancellationToken.None));
        var yantaUserAsksBeilin = await database.RunAsync<TalentCounts, TalentPeriodCounts>(c =>
            c.NewInPeriodAsync(users.Yanta.Scope, "610103", new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31), CancellationToken.None));

        Assert.Equal(new TalentPeriodCounts(2, 0, 1), city2023);
        Assert.Equal(new TalentPeriodCounts(1, 1, 0), yanta);
        Assert.Equal(new TalentPeriodCounts(0, 0, 0), yantaUserAsksBeilin);
    }
}
