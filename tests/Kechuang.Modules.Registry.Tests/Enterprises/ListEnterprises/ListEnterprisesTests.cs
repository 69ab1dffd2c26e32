using System.Globalization;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Enterprises.ListEnterprises;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Enterprises.EnterpriseTestData;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises.ListEnterprises;

public sealed class ListEnterprisesTests
{
    /// <summary>Lists through both paths — sorted by the database, and sorted in memory when few rows match — and
    /// checks they agree (as sets where the order is by name, which PostgreSQL collates differently).</summary>
    private static async Task<Page<EnterpriseRow>> ListAsync(TestDatabase database, EnterpriseFilter filter, PageRequest? page = null,
        Platform.Identity.DataScope? scope = null)
    {
        page ??= new PageRequest();
        await using var services = database.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var clock = services.ServiceProvider.GetRequiredService<TimeProvider>();
        var inMemory = await new Registry.Enterprises.ListEnterprises.ListEnterprises(db, clock)
            .ExecuteAsync(filter, page, scope ?? All, CancellationToken.None);
        var byDatabase = await new Registry.Enterprises.ListEnterprises.ListEnterprises(db, clock) { InMemoryLimit = -1 }
            .ExecuteAsync(filter, page, scope ?? All, CancellationToken.None);
        Assert.Equal(inMemory.Total, byDatabase.Total);
        if (page.Sort is "uscc" or "founded")
        {
            Assert.Equal(inMemory.Items, byDatabase.Items);
        }
        else
        {
            Assert.Equal(inMemory.Items.OrderBy(r => r.Uscc, StringComparer.Ordinal), byDatabase.Items.OrderBy(r => r.Uscc, StringComparer.Ordinal));
        }
        return byDatabase;
    }

    private static async Task<(TestDatabase Database, Bureaus Bureaus)> FourRegionsAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();
        await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018-05-21,查账征收,否,未上市",
            $"{Uscc(2)},西安碑林新材料股份有限公司,碑林区,,C3039,新材料,2015-03-05,查账征收,是,新三板",
            $"{Uscc(3)},西安长安航天动力有限公司,610116,西安航天基地,C3742,航空航天,2012-09-10,,否,",
            $"{Uscc(4)},北京中关村软件有限公司,110108,,I6513,电子信息,2010-01-01,,否,");
        return (database, bureaus);
    }

    [Theory, DatabaseData]
    public async Task RegionFilter_CoversTheRegionsSubtree(DatabaseProvider provider)
    {
        var (database, _) = await FourRegionsAsync(provider);
        await using var owned = database;

        var city = await ListAsync(database, new EnterpriseFilter(Region: "610100"));
        var province = await ListAsync(database, new EnterpriseFilter(Region: "610000"));
        var district = await ListAsync(database, new EnterpriseFilter(Region: "610113"));
        var beijing = await ListAsync(database, new EnterpriseFilter(Region: "110000"));

        Assert.Equal(new[] { "西安碑林新材料股份有限公司", "西安长安航天动力有限公司", "西安秦创智能科技有限公司" }.Order(StringComparer.Ordinal),
            city.Items.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, city.Total);
        Assert.Equal(3, province.Total);
        Assert.Equal("西安秦创智能科技有限公司", Assert.Single(district.Items).Name);
        Assert.Equal("北京中关村软件有限公司", Assert.Single(beijing.Items).Name);
    }

    [Theory, DatabaseData]
    public async Task ZoneFieldAndQuery_FilterTheList(DatabaseProvider provider)
    {
        var (database, _) = await FourRegionsAsync(provider);
        await using var owned = database;

        var zone = await ListAsync(database, new EnterpriseFilter(Zone: "XA-HT"));
        var field = await ListAsync(database, new EnterpriseFilter(Field: TechField.ElectronicInformation));
        var byName = await ListAsync(database, new EnterpriseFilter(Query: "新材料"));
        var byUsccPrefix = await ListAsync(database, new EnterpriseFilter(Query: Uscc(3)[..17].ToLowerInvariant()));
        var combined = await ListAsync(database, new EnterpriseFilter(Region: "610100", Field: TechField.ElectronicInformation));

        var row = Assert.Single(zone.Items);
        Assert.Equal("西安长安航天动力有限公司", row.Name);
        Assert.Equal("西安航天基地", row.ZoneName);
        Assert.Equal("长安区", row.RegionName);
        Assert.Equal("航空航天", row.FieldLabel);
        Assert.Equal(2, field.Total);
        var material = Assert.Single(byName.Items);
        Assert.True(material.AboveDesignatedSize);
        Assert.Equal("新三板", material.ListingLabel);
        Assert.Equal(new DateOnly(2015, 3, 5), material.FoundedOn);
        Assert.Equal(Uscc(3), Assert.Single(byUsccPrefix.Items).Uscc);
        Assert.Equal("西安秦创智能科技有限公司", Assert.Single(combined.Items).Name);
    }

    [Theory, DatabaseData]
    public async Task HighTechFilter_KeepsCertificatesValidOnTheDay_NotExpiredOrRevokedOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安有效高企科技有限公司,610113,,,,,,,",
            $"{Uscc(2)},西安过期高企科技有限公司,610113,,,,,,,",
            $"{Uscc(3)},西安撤销高企科技有限公司,610113,,,,,,,",
            $"{Uscc(4)},西安待撤销高企科技有限公司,610113,,,,,,,",
            $"{Uscc(5)},西安无证科技有限公司,610113,,,,,,,");
        var today = Today;
        await database.AddAsync((_, owners) =>
        [
            Certificate(ids[Uscc(1)], "610113", owners, "GR202461000101", today.AddYears(-1)),
            Certificate(ids[Uscc(2)], "610113", owners, "GR202161000102", today.AddYears(-4)),
            Certificate(ids[Uscc(3)], "610113", owners, "GR202461000103", today.AddYears(-1), revokedOn: today.AddDays(-10)),
            Certificate(ids[Uscc(4)], "610113", owners, "GR202461000104", today.AddYears(-1), revokedOn: today.AddDays(10)),
        ]);

        var now = await ListAsync(database, new EnterpriseFilter(Qualification: EnterpriseFilter.HighTech));
        var fourYearsAgo = await ListAsync(database, new EnterpriseFilter(Qualification: EnterpriseFilter.HighTech, On: today.AddYears(-4).AddDays(1)));
        var all = await ListAsync(database, new EnterpriseFilter());

        Assert.Equal([Uscc(1), Uscc(4)], now.Items.Select(r => r.Uscc).Order(StringComparer.Ordinal));
        Assert.Equal(Uscc(2), Assert.Single(fourYearsAgo.Items).Uscc);
        Assert.Equal([Uscc(1), Uscc(4)], all.Items.Where(r => r.HighTechValid).Select(r => r.Uscc).Order(StringComparer.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task TechSmeFilter_KeepsTheYearsUnrevokedRegistrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安去年科小科技有限公司,610113,,,,,,,",
            $"{Uscc(2)},西安撤销科小科技有限公司,610113,,,,,,,",
            $"{Uscc(3)},西安今年科小科技有限公司,610103,,,,,,,");
        var year = Today.Year;
        await database.AddAsync((_, owners) =>
        [
            TechSme(ids[Uscc(1)], "610113", owners, $"{year - 1}610113A0000001", year - 1),
            TechSme(ids[Uscc(2)], "610113", owners, $"{year}610113A0000002", year, revokedOn: new DateOnly(year, 1, 2)),
            TechSme(ids[Uscc(3)], "610103", owners, $"{year}610103A0000003", year),
        ]);

        var thisYear = await ListAsync(database, new EnterpriseFilter(Qualification: EnterpriseFilter.TechSme));
        var lastYear = await ListAsync(database, new EnterpriseFilter(Qualification: EnterpriseFilter.TechSme, Year: year - 1));
        var all = await ListAsync(database, new EnterpriseFilter());

        Assert.Equal(Uscc(3), Assert.Single(thisYear.Items).Uscc);
        Assert.Equal(Uscc(1), Assert.Single(lastYear.Items).Uscc);
        Assert.Equal(Uscc(3), Assert.Single(all.Items, r => r.TechSmeThisYear).Uscc);
    }

    [Theory, DatabaseData]
    public async Task SortingAndPaging_AreStableAndCounted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        await database.ImportEnterprisesAsync(Enumerable.Range(1, 25)
            .Select(i => $"{Uscc(i)},西安第{i.ToString("D2", CultureInfo.InvariantCulture)}号科技有限公司,{(i % 2 == 0 ? "610113" : "610103")},,,,{(2000 + i).ToString(CultureInfo.InvariantCulture)}-01-01,,,")
            .ToArray());

        var second = await ListAsync(database, new EnterpriseFilter(), new PageRequest(2, 10, "uscc", Descending: true));
        var founded = await ListAsync(database, new EnterpriseFilter(), new PageRequest(1, 3, "founded"));
        var byRegion = await ListAsync(database, new EnterpriseFilter(), new PageRequest(1, 25, "region"));
        var last = await ListAsync(database, new EnterpriseFilter(), new PageRequest(3, 10, "name"));

        Assert.Equal(25, second.Total);
        Assert.False(second.TotalIsCapped);
        Assert.Equal(Enumerable.Range(6, 10).Reverse().Select(Uscc), second.Items.Select(r => r.Uscc));
        Assert.Equal([Uscc(1), Uscc(2), Uscc(3)], founded.Items.Select(r => r.Uscc));
        Assert.Equal(13, byRegion.Items.TakeWhile(r => r.RegionCode == "610103").Count());
        Assert.Equal(Enumerable.Range(0, 13).Select(k => Uscc(2 * k + 1)), byRegion.Items.Take(13).Select(r => r.Uscc));
        Assert.Equal(5, last.Items.Count);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsEnterprises(DatabaseProvider provider)
    {
        var (database, bureaus) = await FourRegionsAsync(provider);
        await using var owned = database;
        await database.ImportEnterprisesAsync($"{Uscc(9)},西安雁塔第二科技有限公司,雁塔区,,,,,,,");

        var everything = await ListAsync(database, new EnterpriseFilter(), scope: bureaus.YantaScope);
        var askingForBeilin = await ListAsync(database, new EnterpriseFilter(Region: "610103"), scope: bureaus.YantaScope);

        Assert.Equal(new[] { "西安秦创智能科技有限公司", "西安雁塔第二科技有限公司" }.Order(StringComparer.Ordinal),
            everything.Items.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Empty(askingForBeilin.Items);
        Assert.Equal(0, askingForBeilin.Total);
    }
}
