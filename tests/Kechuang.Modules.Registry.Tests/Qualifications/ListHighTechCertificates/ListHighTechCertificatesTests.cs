using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ListHighTechCertificates;

public sealed class ListHighTechCertificatesTests
{
    internal const string Header = "证书编号,统一社会信用代码,发证日期,撤销日期,撤销原因";

    /// <summary>雁塔区: enterprises 1, 3, 5; 碑林区: 2, 4.</summary>
    internal static async Task<Districts> SeedAsync(TestDatabase database)
    {
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(5);
        var result = await database.ImportAsync("high-tech-certificates", CsvFile(Header,
            $"GR202161000001,{Uscc(1)},2021-06-15,,",
            $"GR202261000002,{Uscc(3)},2022-01-10,2023-03-01,复审不合格",
            $"GR202061000003,{Uscc(2)},2020-02-29,,",
            $"GR202361000004,{Uscc(4)},2023-12-01,,",
            $"GR201961000005,{Uscc(5)},2019-10-20,,",
            $"GR202261000006,{Uscc(5)},2022-11-30,,"));
        Assert.Equal(6, result.Value.Counts.Inserted);
        return districts;
    }

    [Theory, DatabaseData]
    public async Task StatusOnAChosenDay_IsValidExpiredRevokedOrNotYetValid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var list = await ListAsync(database, CurrentUser.ServerConsole, new HighTechCertificateQuery(On: new DateOnly(2023, 6, 1)));

        var byNumber = list.Rows.Items.ToDictionary(r => r.CertificateNumber, r => r.StatusLabel);
        Assert.Equal("有效", byNumber["GR202161000001"]);
        Assert.Equal("已撤销", byNumber["GR202261000002"]);
        Assert.Equal("已过期", byNumber["GR202061000003"]);
        Assert.Equal("未生效", byNumber["GR202361000004"]);
        Assert.Equal("已过期", byNumber["GR201961000005"]);
        Assert.Equal("有效", byNumber["GR202261000006"]);
        var leap = list.Rows.Items.Single(r => r.CertificateNumber == "GR202061000003");
        Assert.Equal(new DateOnly(2023, 2, 28), leap.LastValidDay);
        Assert.Equal("碑林区", leap.RegionName);
        Assert.StartsWith("西安", leap.EnterpriseName, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ValidFilterTotal_AgreesWithTheStockHeader_OnEveryDayAndRegion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await SeedAsync(database);
        foreach (var user in new[] { CurrentUser.ServerConsole, districts.YantaUser, districts.BeilinUser })
        {
            foreach (var region in new string?[] { null, "610100", "610113", "610103" })
            {
                foreach (var day in new[] { new DateOnly(2021, 6, 15), new DateOnly(2022, 11, 29), new DateOnly(2023, 2, 28), new DateOnly(2023, 3, 1), new DateOnly(2024, 6, 14) })
                {
                    var page = await ListAsync(database, user, new HighTechCertificateQuery(region, day, CertificateStatus.Valid));
                    Assert.True(page.Rows.Total == page.ValidEnterprises, $"{user.UserName} {region} {day}: {page.Rows.Total} ≠ {page.ValidEnterprises}");
                    Assert.All(page.Rows.Items, r => Assert.Equal("有效", r.StatusLabel));
                }
            }
        }
        var all = await ListAsync(database, CurrentUser.ServerConsole, new HighTechCertificateQuery(On: new DateOnly(2023, 2, 28), Status: CertificateStatus.Valid));
        Assert.Equal(4, all.ValidEnterprises);
    }

    [Theory, DatabaseData]
    public async Task IssueYearAndExpiringWithin_NarrowTheList(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var issued2022 = await ListAsync(database, CurrentUser.ServerConsole, new HighTechCertificateQuery(IssueYear: 2022));
        var expiring = await ListAsync(database, CurrentUser.ServerConsole,
            new HighTechCertificateQuery(On: new DateOnly(2022, 8, 1), ExpiringWithinMonths: 3));
        var searched = await ListAsync(database, CurrentUser.ServerConsole, new HighTechCertificateQuery(Search: "GR2019"));

        Assert.Equal(["GR202261000002", "GR202261000006"], issued2022.Rows.Items.Select(r => r.CertificateNumber).Order());
        Assert.Equal(["GR201961000005"], expiring.Rows.Items.Select(r => r.CertificateNumber));
        Assert.Equal(["GR201961000005"], searched.Rows.Items.Select(r => r.CertificateNumber));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsCertificates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await SeedAsync(database);

        var yanta = await ListAsync(database, districts.YantaUser, new HighTechCertificateQuery());
        var beilinAskedByYanta = await ListAsync(database, districts.YantaUser, new HighTechCertificateQuery(Region: "610103"));
        var beilinRecords = await ListAsync(database, districts.BeilinUser, new HighTechCertificateQuery());
        await using var scope = database.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<QualificationStock>();

        Assert.Equal(4, yanta.Rows.Total);
        Assert.All(yanta.Rows.Items, r => Assert.Equal("610113", r.RegionCode));
        Assert.Empty(beilinAskedByYanta.Rows.Items);
        Assert.Equal(0, beilinAskedByYanta.ValidEnterprises);
        Assert.Equal(0, await stock.ValidHighTechCount("610103", new DateOnly(2021, 1, 1), districts.YantaUser.Scope));
        Assert.Equal(2, beilinRecords.Rows.Total);
        Assert.All(beilinRecords.Rows.Items, r => Assert.Equal("610103", r.RegionCode));
    }

    internal static async Task<HighTechCertificatePage> ListAsync(TestDatabase database, CurrentUser user, HighTechCertificateQuery query)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ListHighTechCertificates.ListHighTechCertificates>()
            .ExecuteAsync(user, query, new PageRequest(PageSize: 200), CancellationToken.None);
    }
}
