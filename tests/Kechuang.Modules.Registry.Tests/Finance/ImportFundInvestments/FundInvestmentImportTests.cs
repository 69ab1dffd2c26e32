using Kechuang.Modules.Registry.Finance.GetFund;
using Kechuang.Modules.Registry.Finance.ListFunds;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Finance.ImportFundInvestments;

public sealed class FundInvestmentImportTests
{
    private const string FundHeader = "基金名称,基金管理人,基金规模,政府出资,设立日期,所在区县";
    private const string InvestmentHeader = "基金名称,被投企业信用代码,被投企业名称,投资金额,投资日期,所在区县";
    private const string Angel = "西安硬科技天使投资基金合伙企业（有限合伙）";

    [Theory, DatabaseData]
    public async Task Investments_NeedAKnownFund_AndAreCountedOnTheFund(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var funds = await database.ImportAsync("sub-funds", CsvFile(FundHeader,
            $"{Angel},西安秦创投资管理有限公司,5亿,10000,2023-06-30,{Yanta}",
            "西安超规模基金,某管理公司,100,200,2023-06-30,"));
        var investments = await database.ImportAsync("fund-investments", CsvFile(InvestmentHeader,
            $"{Angel},{Uscc(1)},西安秦创智能科技有限公司,800,2025-03-18,{Yanta}",
            $"{Angel},{Uscc(2)},西安雁塔光电有限公司,1200万元,2025-05-06,{Yanta}",
            $"陕西不存在的基金,{Uscc(3)},西安碑林数控设备有限公司,300,2025-05-06,{Beilin}"));
        var again = await database.ImportAsync("fund-investments", CsvFile(InvestmentHeader,
            $"{Angel},{Uscc(1)},西安秦创智能科技有限公司,800,2025-03-18,{Yanta}"));

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), funds.Value.Counts);
        Assert.Contains("【政府出资】政府出资（200.00万元）不能大于基金规模（100.00万元）", Assert.Single(funds.Value.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(new ImportCounts(3, 2, 0, 0, 1), investments.Value.Counts);
        Assert.Contains("【基金名称】子基金“陕西不存在的基金”不在子基金库中", Assert.Single(investments.Value.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(new ImportCounts(1, 0, 0, 1, 0), again.Value.Counts);
        await using var scope = database.CreateScope();
        var listed = await scope.ServiceProvider.GetRequiredService<ListFunds>().ExecuteAsync(Everything, null, new PageRequest(), CancellationToken.None);
        var fund = Assert.Single(listed.Items);
        Assert.Equal((2, Wan(2000), Wan(50000)), (fund.Investments, fund.InvestedFen, fund.SizeFen));
        var detail = await scope.ServiceProvider.GetRequiredService<GetFund>().ExecuteAsync(Everything, fund.Id, CancellationToken.None);
        Assert.Equal([Uscc(2), Uscc(1)], detail.Value.Investments.Select(i => i.InvesteeUscc));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsFunds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        await database.ImportAsync("sub-funds", CsvFile(FundHeader, $"{Angel},西安秦创投资管理有限公司,50000,,2023-06-30,{Beilin}"));
        await using var db = database.NewDbContext();
        var id = await db.SubFunds().Select(f => f.Id).SingleAsync();
        await using var scope = database.CreateScope();

        var listed = await scope.ServiceProvider.GetRequiredService<ListFunds>().ExecuteAsync(bureaus.YantaUser, null, new PageRequest(), CancellationToken.None);
        var detail = await scope.ServiceProvider.GetRequiredService<GetFund>().ExecuteAsync(bureaus.YantaUser, id, CancellationToken.None);

        Assert.Empty(listed.Items);
        Assert.Equal(Platform.Results.ErrorKind.NotFound, detail.Error?.Kind);
    }
}
