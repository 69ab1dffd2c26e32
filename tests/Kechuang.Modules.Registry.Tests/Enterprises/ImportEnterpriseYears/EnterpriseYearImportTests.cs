using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Tests.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises.ImportEnterpriseYears;

public sealed class EnterpriseYearImportTests
{
    private const string Header = "统一社会信用代码,年度,职工总数,科技人员数,销售收入,营业收入/总收入,成本费用总额,研发费用总额,其中：境内研发费用,"
        + "高新技术产品（服务）收入,资产总额,净资产,Ⅰ类知识产权数,Ⅱ类知识产权数";

    [Theory, DatabaseData]
    public async Task AnnualFigures_AreReadIn10kYuanUnlessTheCellSaysOtherwise(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header,
            $"{Uscc(1)},2023,126,38,5230.5,5600,4800,412.8,398,4100,8900,3100,3,12",
            $"{Uscc(2)},2023,20,5,3500000元,1.2亿元,350万元,80万,0,,,-120,,");

        var result = await database.ImportAsync("enterprise-years", file);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        var years = await db.EnterpriseYears().OrderBy(y => y.Staff).ToListAsync();
        Assert.Equal(350_000_000L, years[0].SalesRevenueFen);
        Assert.Equal(12_000_000_000L, years[0].TotalRevenueFen);
        Assert.Equal(350_000_000L, years[0].TotalCostsFen);
        Assert.Equal(-120_000_000L, years[0].NetAssetsFen);
        Assert.Null(years[0].HighTechRevenueFen);
        Assert.Equal(5_230_500_000L, years[1].SalesRevenueFen);
        Assert.Equal(412_800_000L, years[1].RdExpenseFen);
        Assert.Equal((3, 12), (years[1].IpClassOne, years[1].IpClassTwo));
        Assert.Equal(["610103", "610113"], years.Select(y => y.RegionCode));
        Assert.Equal([districts.Beilin.Id, districts.Yanta.Id], years.Select(y => y.OwnerUnitId));
    }

    [Theory, DatabaseData]
    public async Task CrossFieldRules_NameTheFieldAndTheFigureItWasComparedWith(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"{Uscc(1)},2021,30,31,,,,100,120,,,,,",
            $"{Uscc(1)},2022,,,900,1000,,,,1200,,,,",
            $"{Uscc(1)},2023,,,900,,,,,950,,,,",
            $"{Uscc(1)},2024,,,,,,-5,,,,,,",
            $"{Uscc(1)},1800,十二,,abc,,,,,,,,,");

        var result = await database.ImportAsync("enterprise-years", file);

        Assert.Equal(5, result.Value.Counts.Rejected);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【科技人员数】科技人员数（31）不能大于职工总数（30）", errors[2], StringComparison.Ordinal);
        Assert.Contains("【其中：境内研发费用】境内研发费用（120万元）不能大于研发费用总额（100万元）", errors[2], StringComparison.Ordinal);
        Assert.Contains("【高新技术产品（服务）收入】高新技术产品（服务）收入（1200万元）不能大于营业收入/总收入（1000万元）", errors[3], StringComparison.Ordinal);
        Assert.Contains("不能大于销售收入（900万元）（未填营业收入/总收入，按销售收入比较）", errors[4], StringComparison.Ordinal);
        Assert.Contains("【研发费用总额】", errors[5], StringComparison.Ordinal);
        Assert.Contains("【年度】", errors[6], StringComparison.Ordinal);
        Assert.Contains("【职工总数】", errors[6], StringComparison.Ordinal);
        Assert.Contains("【销售收入】", errors[6], StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task YearOfAnUnknownEnterprise_IsRejected_AndTheSameKeyTwiceInAFileToo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"{Uscc(1)},2023,126,38,,,,,,,,,,",
            $"{Uscc(42)},2023,10,1,,,,,,,,,,",
            $"{Uscc(1)},2023,127,38,,,,,,,,,,");

        var result = await database.ImportAsync("enterprise-years", file);

        Assert.Equal(new ImportCounts(3, 1, 0, 0, 2), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains($"系统中没有统一社会信用代码为 {Uscc(42)} 的企业", errors[3], StringComparison.Ordinal);
        Assert.Contains("与第 2 行重复", errors[4], StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Reimport_IsUnchanged_AndAChangedFigureUpdatesTheYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header, $"{Uscc(1)},2022,100,30,5000,5200,,300,290,4000,,,2,8", $"{Uscc(1)},2023,126,38,,,,,,,,,,");
        await database.ImportAsync("enterprise-years", file);

        var again = await database.ImportAsync("enterprise-years", file);
        var changed = await database.ImportAsync("enterprise-years", CsvFile(Header, $"{Uscc(1)},2023,130,40,,,,,,,,,,"));

        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), changed.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.EnterpriseYears().CountAsync());
        Assert.Equal(130, (await db.EnterpriseYears().SingleAsync(y => y.Year == 2023)).Staff);
    }
}
