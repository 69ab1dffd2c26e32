using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using static Kechuang.Modules.Registry.Tests.Platforms.ListPlatforms.ListPlatformsTests;

namespace Kechuang.Modules.Registry.Tests.Platforms;

public sealed class PlatformCountsTests
{
    [Theory, DatabaseData]
    public async Task Counts_NewPlatformsByKindAndLevel_AndActiveIncubationCarriers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        var year = (From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31));

        var city = await database.RunAsync<PlatformCounts, IReadOnlyList<PlatformKindLevelCount>>(c =>
            c.NewByKindAndLevelAsync(users.City.Scope, "610100", year.From, year.To, CancellationToken.None));
        var beilin = await database.RunAsync<PlatformCounts, IReadOnlyList<PlatformKindLevelCount>>(c =>
            c.NewByKindAndLevelAsync(users.City.Scope, "610103", year.From, year.To, CancellationToken.None));
        var yantaSeesBeilin = await database.RunAsync<PlatformCounts, IReadOnlyList<PlatformKindLevelCount>>(c =>
            c.NewByKindAndLevelAsync(users.Yanta.Scope, "610103", year.From, year.To, CancellationToken.None));
        var carriersEnd2021 = await database.RunAsync<PlatformCounts, int>(c =>
            c.ActiveIncubationCarriersAsync(users.City.Scope, null, new DateOnly(2021, 12, 31), CancellationToken.None));
        var carriersNow = await database.RunAsync<PlatformCounts, int>(c =>
            c.ActiveIncubationCarriersAsync(users.City.Scope, "610100", new DateOnly(2024, 1, 1), CancellationToken.None));

        Assert.Equal(
            [
                new PlatformKindLevelCount(PlatformKind.KeyLab, RecognitionLevel.Provincial, 1),
                new PlatformKindLevelCount(PlatformKind.Incubator, RecognitionLevel.National, 1),
                new PlatformKindLevelCount(PlatformKind.Accelerator, RecognitionLevel.Municipal, 1),
            ],
            city);
        Assert.Equal(2, beilin.Sum(c => c.Count));
        Assert.Empty(yantaSeesBeilin);
        Assert.Equal(1, carriersEnd2021);
        // The suspended accelerator and the key lab are not active 众创载体.
        Assert.Equal(2, carriersNow);
    }
}
