using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Contracts.ImportTechContracts;

public sealed class TechContractImportTests
{
    [Theory, DatabaseData]
    public async Task ValidRows_AreStoredWithAmountsInWanYuanUnlessAUnitIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header,
            Line("2025610113000101", "2025年3月18日", "西安秦创智能科技有限公司", "雁塔区", "北京中关村智造有限公司", Haidian, "12.5", "10", "开发"),
            Line("2025610113000102", "2025/4/2", "西安秦创智能科技有限公司", Yanta, "深圳南山云算科技有限公司", Nanshan, "12.5万元", "12万元", "转让"),
            Line("2025610113000103", "2025-05-06", "西安秦创智能科技有限公司", Yanta, "西安雁塔光电有限公司", Yanta, "1.2亿", "9000", "许可", field: ""));

        var result = await database.ImportAsync("tech-contracts", file);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(3, 3, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        var saved = await db.TechContracts().OrderBy(c => c.RegistrationNumber).ToListAsync();
        Assert.Equal([12_500_000L, 12_500_000L, 12_000_000_000L], saved.Select(c => c.ContractAmountFen));
        Assert.Equal([10_000_000L, 12_000_000L, 9_000_000_000L], saved.Select(c => c.TechTransactionAmountFen));
        Assert.Equal([ContractType.Development, ContractType.Transfer, ContractType.Licence], saved.Select(c => c.Type));
        Assert.Equal(new DateOnly(2025, 3, 18), saved[0].RegisteredOn);
        Assert.Equal(Yanta, saved[0].SellerRegionCode);
        Assert.Equal(Yanta, saved[0].RegionCode);
        Assert.Null(saved[2].TechField);
    }

    [Theory, DatabaseData]
    public async Task InvalidRows_AreRejectedWithEveryFieldsChineseMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = CsvFile(Header,
            Line("2025610113000201", "2025-03-18", "西安秦创智能科技有限公司", Yanta, "北京中关村智造有限公司", Haidian, "100", "120"),
            Line("2025610113000202", future, "西安秦创智能科技有限公司", Yanta, "北京中关村智造有限公司", Haidian, "0", "0"),
            Line("2025610113000203", "2025-03-18", "", Yanta, "北京中关村智造有限公司", Haidian, "100", "50", "技术合作", sellerUscc: "91610131000000003X"),
            Line("2025610113000204", "2025-03-18", "西安秦创智能科技有限公司", "火星区", "北京中关村智造有限公司", Haidian, "一百万", "50"));

        var result = await database.ImportAsync("tech-contracts", file);

        Assert.Equal(new ImportCounts(4, 0, 0, 0, 4), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【技术交易额】技术交易额（120.00万元）不能大于合同成交额（100.00万元）", errors[2], StringComparison.Ordinal);
        Assert.Contains("【登记日期】", errors[3], StringComparison.Ordinal);
        Assert.Contains("晚于今天", errors[3], StringComparison.Ordinal);
        Assert.Contains("【合同成交额】合同成交额应大于 0", errors[3], StringComparison.Ordinal);
        Assert.Contains("【技术交易额】技术交易额应大于 0", errors[3], StringComparison.Ordinal);
        Assert.Contains("【卖方名称】必填", errors[4], StringComparison.Ordinal);
        Assert.Contains("【卖方统一社会信用代码】", errors[4], StringComparison.Ordinal);
        Assert.Contains("【合同类型】“技术合作”不是可选值", errors[4], StringComparison.Ordinal);
        Assert.Contains("【卖方所在地】“火星区”不是可识别的行政区划名称", errors[5], StringComparison.Ordinal);
        Assert.Contains("【合同成交额】", errors[5], StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.TechContracts().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task Reimport_IsUnchangedAndAChangedRowUpdatesInPlace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = CsvFile([Header, .. FlowContracts]);
        await database.ImportAsync("tech-contracts", first);
        var changed = CsvFile(Header,
            Line("2025610113000001", "2025-01-01", "西安秦创智能科技有限公司", Yanta, "西安碑林数控设备有限公司", Beilin, "110", "80"),
            Line("2025610113000010", "2025-07-01", "西安秦创智能科技有限公司", Yanta, "西安碑林数控设备有限公司", Beilin, "10", "8"));

        var again = await database.ImportAsync("tech-contracts", first);
        var update = await database.ImportAsync("tech-contracts", changed);

        Assert.Equal(new ImportCounts(9, 0, 0, 9, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), update.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(10, await db.TechContracts().CountAsync());
        var contract = await db.TechContracts().SingleAsync(c => c.RegistrationNumber == "2025610113000001");
        Assert.Equal(Wan(110), contract.ContractAmountFen);
        Assert.Equal(2, contract.Version);
    }

    [Theory, DatabaseData]
    public async Task TheSameRegistrationNumberTwice_IsReportedOnTheSecondRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, FlowContracts[0], FlowContracts[0].Replace(",100,80,", ",90,80,", StringComparison.Ordinal));

        var result = await database.ImportAsync("tech-contracts", file);

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Value.Counts);
        var error = Assert.Single(result.Value.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("与第 2 行重复（2025610113000001）", error.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Parties_AreLinkedWhenInTheRegistry_AndTheContractLiesWithTheSellersBureau(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        await database.ImportAsync("enterprises", CsvFile(
            "统一社会信用代码,企业名称,所在区县", $"{Uscc(1)},西安交大思源技术转移有限公司,{Beilin}"));
        var file = CsvFile(Header,
            Line("2025610103000301", "2025-03-18", "西安交大思源技术转移有限公司", Beilin, "北京中关村智造有限公司", Haidian, "100", "80",
                sellerUscc: Uscc(1), buyerUscc: Uscc(2)));

        var result = await database.ImportAsync("tech-contracts", file);

        Assert.Equal(new ImportCounts(1, 1, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        var contract = await db.TechContracts().SingleAsync();
        var seller = await db.Enterprises().SingleAsync();
        Assert.Equal(seller.Id, contract.SellerEnterpriseId);
        Assert.Null(contract.BuyerEnterpriseId);
        Assert.Equal(Uscc(2), contract.BuyerUscc);
        Assert.Equal(bureaus.Beilin.Id, contract.OwnerUnitId);
        Assert.Equal(bureaus.Beilin.Path, contract.OwnerUnitPath);
    }
}
