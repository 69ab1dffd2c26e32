using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ImportPoolMemberships;

public sealed class PoolMembershipImportTests
{
    private const string Header = "统一社会信用代码,入库日期,入库原因,出库日期,出库原因";

    [Theory, DatabaseData]
    public async Task Entries_AreKeyedByEnterpriseAndEntryDate_AndLeavingUpdatesTheEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header, $"{Uscc(1)},2021-04-01,科技型中小企业，研发投入占比 6.2%,,", $"{Uscc(1)},2023-04-01,再次入库,,");

        var first = await database.ImportAsync("pool-memberships", file);
        var again = await database.ImportAsync("pool-memberships", file);
        var left = await database.ImportAsync("pool-memberships",
            CsvFile(Header, $"{Uscc(1)},2021-04-01,科技型中小企业，研发投入占比 6.2%,2022-12-20,已认定为高新技术企业"));

        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), first.Value.Counts);
        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), left.Value.Counts);
        await using var db = database.NewDbContext();
        var entry = await db.PoolMemberships().SingleAsync(m => m.EnteredOn == new DateOnly(2021, 4, 1));
        Assert.Equal(new DateOnly(2022, 12, 20), entry.LeftOn);
        Assert.Equal("已认定为高新技术企业", entry.LeaveReason);
    }

    [Theory, DatabaseData]
    public async Task LeavingBeforeEntering_ReasonsWithoutDates_UnknownEnterprises_AndDuplicates_AreRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"{Uscc(1)},2023-04-01,,2023-03-01,已认定",
            $"{Uscc(1)},2023-05-01,,,已认定",
            $"{Uscc(5)},2023-04-01,,,",
            $"{Uscc(1)},,,,",
            $"{Uscc(1)},2023-06-01,,,",
            $"{Uscc(1)},2023/6/1,,,");

        var result = await database.ImportAsync("pool-memberships", file);

        Assert.Equal(new ImportCounts(6, 1, 0, 0, 5), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【出库日期】出库日期（2023-03-01）不能早于入库日期（2023-04-01）", errors[2], StringComparison.Ordinal);
        Assert.Contains("【出库日期】填写了出库原因，但没有填写出库日期", errors[3], StringComparison.Ordinal);
        Assert.Contains($"系统中没有统一社会信用代码为 {Uscc(5)} 的企业", errors[4], StringComparison.Ordinal);
        Assert.Contains("【入库日期】必填", errors[5], StringComparison.Ordinal);
        Assert.Contains("与第 6 行重复", errors[7], StringComparison.Ordinal);
    }
}
