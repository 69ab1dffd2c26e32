using Kechuang.Modules.Registry.Talents;
using Kechuang.Modules.Registry.Talents.ListTalents;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;
using static Kechuang.Modules.Registry.Tests.Talents.ImportTalents.TalentImportTests;

namespace Kechuang.Modules.Registry.Tests.Talents.ListTalents;

public sealed class ListTalentsTests
{
    internal static async Task<DistrictUsers> SeedAsync(TestDatabase database)
    {
        var users = await DistrictUsers.SeedAsync(database);
        await database.ImportAsync("talents", CsvFile(Header,
            $"技术经理人,王晓明,{IdNumber(1)},西安交通大学,610113,2023-04-15,,JSJLR-2023-0158,,",
            $"海外高层次人才,John Smith,E12345678,西安电子科技大学,610113,2022-09-01,陕西省高层次人才引进计划,,,英国",
            $"科技特派员,刘伟,{IdNumber(2)},陕西省农业科学院,610103,2023-03-01,,,王曲街道,",
            $"技术经理人,李华,{IdNumber(3)},西北工业大学,610103,2023-06-30,,JSJLR-2023-0201,,"));
        return users;
    }

    private static Task<Page<TalentRow>> ListAsync(TestDatabase database, CurrentUser user, TalentFilter filter) =>
        database.RunAsync<Registry.Talents.ListTalents.ListTalents, Page<TalentRow>>(l => l.ExecuteAsync(user, filter, new PageRequest(), CancellationToken.None));

    [Theory, DatabaseData]
    public async Task List_ShowsTheIdentifierMaskedAndFilters(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var all = await ListAsync(database, users.City, new TalentFilter());
        var managers2023 = await ListAsync(database, users.City, new TalentFilter(TalentKind.TechManager, Year: 2023));
        var beilin = await ListAsync(database, users.City, TalentFilter.Parse(null, "610103", null).Value);

        Assert.Equal(4, all.Total);
        Assert.All(all.Items, t => Assert.Contains("**", t.IdentityMasked, StringComparison.Ordinal));
        Assert.DoesNotContain(all.Items, t => t.IdentityMasked == IdNumber(1) || t.IdentityMasked.Contains(IdNumber(1)[6..14], StringComparison.Ordinal));
        Assert.Equal("李华", all.Items[0].Name);
        Assert.Equal(["李华", "王晓明"], managers2023.Items.Select(t => t.Name));
        Assert.Equal(["李华", "刘伟"], beilin.Items.Select(t => t.Name));
        Assert.Equal("碑林区", beilin.Items[0].RegionName);
        Assert.False(TalentFilter.Parse(null, null, 20000).IsSuccess);
        Assert.False(TalentFilter.Parse("专家", null, null).IsSuccess);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsTalents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var yanta = await ListAsync(database, users.Yanta, new TalentFilter());
        var yantaAsksBeilin = await ListAsync(database, users.Yanta, new TalentFilter(Region: "610103"));

        Assert.Equal(["王晓明", "John Smith"], yanta.Items.Select(t => t.Name));
        Assert.Empty(yantaAsksBeilin.Items);
    }
}
