using Kechuang.Modules.Registry.Finance.ExportFinance;
using Kechuang.Modules.Registry.Finance.ListLoans;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Finance.ImportTechLoans;

public sealed class TechLoanImportTests
{
    internal const string Header = "贷款银行,贷款合同编号,借款企业统一社会信用代码,借款企业名称,贷款产品,贷款金额,放款日期,期限（月）,所在区县";
    private const string Ccb = "中国建设银行西安高新技术产业开发区支行", Xian = "西安银行雁塔支行";

    internal static string[] Loans =>
    [
        $"{Ccb},JH2025001,{Uscc(1)},西安秦创智能科技有限公司,知识产权质押贷,500,2025-03-18,12,",
        $"{Ccb},JH2025002,{Uscc(1)},西安秦创智能科技有限公司,科技贷,300万元,2025-06-01,24,",
        $"{Xian},XA-2025-17,{Uscc(2)},西安碑林数控设备有限公司,研发贷,0.5亿,2025-04-20,36,",
        $"{Xian},XA-2025-18,{Uscc(3)},西安雁塔光电有限公司,,80,2025-05-05,,雁塔区",
    ];

    internal static async Task SeedAsync(TestDatabase database)
    {
        await database.ImportAsync("enterprises", CsvFile("统一社会信用代码,企业名称,所在区县",
            $"{Uscc(1)},西安秦创智能科技有限公司,{Yanta}", $"{Uscc(2)},西安碑林数控设备有限公司,{Beilin}"));
        var result = await database.ImportAsync("tech-loans", CsvFile([Header, .. Loans]));
        Assert.Equal(new ImportCounts(4, 4, 0, 0, 0), result.Value.Counts);
    }

    [Theory, DatabaseData]
    public async Task Loans_LieWhereTheBorrowerIs_AndAnUnknownBorrowerNeedsADistrict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var bad = CsvFile(Header,
            $"{Ccb},JH2025009,{Uscc(9)},西安未登记科技有限公司,,100,2025-03-18,12,",
            $"{Ccb},JH2025010,91610131000000003X,西安错码科技有限公司,,100,2025-03-18,700,",
            $"{Ccb},JH2025011,{Uscc(1)},西安秦创智能科技有限公司,,-5,2025-03-18,,");

        var rejected = await database.ImportAsync("tech-loans", bad);

        var errors = rejected.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Equal(new ImportCounts(3, 0, 0, 0, 3), rejected.Value.Counts);
        Assert.Contains("【所在区县】借款企业", errors[2], StringComparison.Ordinal);
        Assert.Contains("不在企业库中，请填写所在区县", errors[2], StringComparison.Ordinal);
        Assert.Contains("【借款企业统一社会信用代码】", errors[3], StringComparison.Ordinal);
        Assert.Contains("【期限（月）】应在 1～600 之间", errors[3], StringComparison.Ordinal);
        Assert.Contains("【贷款金额】", errors[4], StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var loans = await db.TechLoans().OrderBy(l => l.LoanNumber).ToListAsync();
        var enterprises = await db.Enterprises().ToDictionaryAsync(e => e.Uscc, e => e.Id);
        Assert.Equal([Yanta, Yanta, Beilin, Yanta], loans.Select(l => l.RegionCode));
        Assert.Equal([enterprises[Uscc(1)], enterprises[Uscc(1)], enterprises[Uscc(2)], (Guid?)null], loans.Select(l => l.EnterpriseId));
        Assert.Equal([Wan(500), Wan(300), Wan(5000), Wan(80)], loans.Select(l => l.AmountFen));
    }

    [Theory, DatabaseData]
    public async Task Reimport_ChangesNothing_AndExportReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var again = await database.ImportAsync("tech-loans", CsvFile([Header, .. Loans]));
        await using var scope = database.CreateScope();
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-loans-{Guid.NewGuid():N}.xlsx");
        await using (var file = File.Create(path))
        {
            var exported = await scope.ServiceProvider.GetRequiredService<ExportFinance>().LoansAsync(Everything, new LoanFilter(), file, CancellationToken.None);
            Assert.Equal(4, exported.Value.Rows);
        }
        var roundTrip = await database.ImportAsync("tech-loans", path);

        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), again.Value.Counts);
        Assert.True(roundTrip.IsSuccess, roundTrip.Error?.Message);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), roundTrip.Value.Counts);
    }
}
