using System.Globalization;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications;

public sealed class QualificationStockTests
{
    private const string CertificateHeader = "证书编号,统一社会信用代码,发证日期,撤销日期,撤销原因";

    [Fact]
    public void Certificate_IsValidFromItsIssueDay_UntilTheDayBeforeItsThirdAnniversary()
    {
        var certificate = Certificate(new DateOnly(2021, 6, 15), null);

        Assert.False(certificate.IsValidOn(new DateOnly(2021, 6, 14)));
        Assert.True(certificate.IsValidOn(new DateOnly(2021, 6, 15)));
        Assert.True(certificate.IsValidOn(new DateOnly(2024, 6, 14)));
        Assert.False(certificate.IsValidOn(new DateOnly(2024, 6, 15)));
        Assert.Equal(new DateOnly(2024, 6, 15), certificate.ValidUntil);
    }

    [Fact]
    public void RevokedCertificate_IsNotValidOnTheRevocationDay()
    {
        var certificate = Certificate(new DateOnly(2021, 6, 15), new DateOnly(2022, 3, 1));

        Assert.True(certificate.IsValidOn(new DateOnly(2022, 2, 28)));
        Assert.False(certificate.IsValidOn(new DateOnly(2022, 3, 1)));
        Assert.False(certificate.IsValidOn(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void LeapDayCertificate_IsValidThrough28February_ThreeYearsOn()
    {
        // AddYears would lapse it on 2023-02-28 and cut its last day; three full years end with 28 February.
        var certificate = Certificate(new DateOnly(2020, 2, 29), null);

        Assert.Equal(new DateOnly(2023, 3, 1), certificate.ValidUntil);
        Assert.True(certificate.IsValidOn(new DateOnly(2023, 2, 28)));
        Assert.False(certificate.IsValidOn(new DateOnly(2023, 3, 1)));
        Assert.Equal(new DateOnly(2024, 3, 1), HighTechCertificate.ValidUntilFor(new DateOnly(2021, 3, 1)));
        Assert.Equal(new DateOnly(2027, 2, 28), HighTechCertificate.ValidUntilFor(new DateOnly(2024, 2, 28)));
    }

    [Theory, DatabaseData]
    public async Task BoundaryDays_CountInSqlAsInTheEntity(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(3);
        await database.ImportAsync("high-tech-certificates", CsvFile(CertificateHeader,
            $"GR202161000001,{Uscc(1)},2021-06-15,,",
            $"GR202261000002,{Uscc(3)},2022-01-10,2023-03-01,复审不合格",
            $"GR202061000003,{Uscc(2)},2020-02-29,,"));
        await using var scope = database.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<QualificationStock>();

        Assert.Equal(1, await stock.ValidHighTechCount("610113", new DateOnly(2021, 6, 15)));
        Assert.Equal(0, await stock.ValidHighTechCount("610113", new DateOnly(2021, 6, 14)));
        Assert.Equal(0, await stock.ValidHighTechCount("610113", new DateOnly(2024, 6, 15)));
        Assert.Equal(2, await stock.ValidHighTechCount("610113", new DateOnly(2023, 2, 28)));
        Assert.Equal(1, await stock.ValidHighTechCount("610113", new DateOnly(2023, 3, 1)));
        Assert.Equal(1, await stock.ValidHighTechCount("610103", new DateOnly(2023, 2, 28)));
        Assert.Equal(0, await stock.ValidHighTechCount("610103", new DateOnly(2023, 3, 1)));
        Assert.Equal(3, await stock.ValidHighTechCount("610100", new DateOnly(2023, 2, 28)));
        Assert.Equal(3, await stock.ValidHighTechCount("610000", new DateOnly(2023, 2, 28)));
        Assert.Equal(0, await stock.ValidHighTechCount("110000", new DateOnly(2023, 2, 28)));
        // 2023: starts with 3, the 碑林 leap-day certificate lapses on 1 March and the revoked one too → 1 at year end.
        Assert.Equal(-2, await stock.NetHighTechChange("610100", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        Assert.Equal(1, await stock.NetHighTechChange("610113", new DateOnly(2021, 6, 15), new DateOnly(2021, 6, 15)));
    }

    [Theory, DatabaseData]
    public async Task RandomCertificateSets_CountInSqlAsTheEntitySaysOnAnyDay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        const int enterprises = 12;
        await database.SeedEnterprisesAsync(enterprises);
        var random = new Random(20_231_130);
        var lines = new List<string> { CertificateHeader };
        var first = new DateOnly(2016, 1, 1);
        for (var i = 0; i < 60; i++)
        {
            // Issue days around leap days and year ends on purpose; about a quarter revoked; some enterprises get
            // overlapping certificates (a data error the count must not double).
            var issued = i % 10 == 0 ? new DateOnly(2020, 2, 29) : first.AddDays(random.Next(0, 365 * 8));
            var revoked = random.Next(4) == 0 ? issued.AddDays(random.Next(0, 365 * 4)) : (DateOnly?)null;
            var number = "GR" + issued.Year.ToString(CultureInfo.InvariantCulture) + "61" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            lines.Add($"{number},{Uscc(random.Next(1, enterprises + 1))},{issued:yyyy-MM-dd},{revoked:yyyy-MM-dd},{(revoked is null ? "" : "撤销")}");
        }
        var imported = await database.ImportAsync("high-tech-certificates", CsvFile([.. lines]));
        Assert.Equal(60, imported.Value.Counts.Inserted);

        await using var db = database.NewDbContext();
        var all = await db.HighTechCertificates().AsNoTracking().ToListAsync();
        await using var scope = database.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<QualificationStock>();
        var days = Enumerable.Range(0, 40).Select(_ => first.AddDays(random.Next(0, 365 * 12)))
            .Concat(all.SelectMany(c => new[] { c.IssuedOn, c.IssuedOn.AddDays(-1), c.ValidUntil, c.ValidUntil.AddDays(-1) }).Take(40))
            .Concat(all.Where(c => c.RevokedOn is not null).Select(c => c.RevokedOn!.Value).Take(10))
            .ToList();
        foreach (var region in new[] { "610100", "610113", "610103" })
        {
            foreach (var day in days)
            {
                var expected = all.Where(c => c.RegionCode!.StartsWith(region == "610100" ? "6101" : region, StringComparison.Ordinal) && c.IsValidOn(day))
                    .Select(c => c.EnterpriseId).Distinct().Count();
                Assert.True(expected == await stock.ValidHighTechCount(region, day), $"{region} {day:yyyy-MM-dd}: expected {expected}");
            }
        }
    }

    [Theory, DatabaseData]
    public async Task TechSmeGrowthAndPoolCounts_FollowTheirRules(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(4);
        await database.ImportAsync("tech-sme-registrations", CsvFile("入库登记编号,统一社会信用代码,年度,入库日期,撤销日期,撤销原因",
            $"202361011304000001,{Uscc(1)},2023,2023-05-10,,",
            $"202361011304000002,{Uscc(3)},2023,2023-05-10,2023-08-01,存在严重失信行为",
            $"202261011304000003,{Uscc(1)},2022,2022-05-10,,",
            $"202361010304000004,{Uscc(2)},2023,2023-05-10,,"));
        await database.ImportAsync("growth-recognitions", CsvFile("统一社会信用代码,类型,年度,级别",
            $"{Uscc(1)},瞪羚企业,2023,市级", $"{Uscc(3)},瞪羚企业,2023,省级", $"{Uscc(2)},瞪羚企业,2023,市级", $"{Uscc(1)},独角兽企业,2023,国家级"));
        await database.ImportAsync("pool-memberships", CsvFile("统一社会信用代码,入库日期,入库原因,出库日期,出库原因",
            $"{Uscc(1)},2023-04-01,,2023-12-01,已认定为高新技术企业", $"{Uscc(3)},2023-04-01,,,", $"{Uscc(3)},2022-04-01,,2022-10-01,材料不全"));
        await using var scope = database.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<QualificationStock>();

        Assert.Equal(1, await stock.TechSmeRegistered("610113", 2023));
        Assert.Equal(2, await stock.TechSmeRegistered("610100", 2023));
        Assert.Equal(1, await stock.TechSmeRegistered("610113", 2022));
        Assert.Equal(2, await stock.GrowthCount("610113", GrowthKind.Gazelle, 2023));
        Assert.Equal(3, await stock.GrowthCount("610100", GrowthKind.Gazelle, 2023));
        Assert.Equal(1, await stock.GrowthCount("610113", GrowthKind.Unicorn, 2023));
        Assert.Equal(0, await stock.GrowthCount("610113", GrowthKind.Gazelle, 2022));
        Assert.Equal(2, await stock.PoolMembers("610113", new DateOnly(2023, 4, 1)));
        Assert.Equal(1, await stock.PoolMembers("610113", new DateOnly(2023, 12, 1)));
        Assert.Equal(0, await stock.PoolMembers("610113", new DateOnly(2023, 3, 31)));
        Assert.Equal(1, await stock.PoolMembers("610113", new DateOnly(2022, 9, 30)));
        Assert.Equal(0, await stock.PoolMembers("610113", new DateOnly(2022, 10, 1)));
    }

    private static HighTechCertificate Certificate(DateOnly issued, DateOnly? revoked) =>
        HighTechCertificate.Create(Guid.CreateVersion7(), "610113", new Registry.Ownership.Owner(Guid.Empty, "/"),
            new HighTechCertificateValues("GR" + issued.Year + "61000001", Uscc(1), issued, revoked, revoked is null ? null : "撤销"),
            RecordStamp.New(Guid.Empty, null, DateTime.UtcNow));
}
