using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ImportTechSmeRegistrations;

public sealed class TechSmeRegistrationImportTests
{
    private const string Header = "入库登记编号,统一社会信用代码,年度,入库日期,撤销日期,撤销原因";

    [Theory, DatabaseData]
    public async Task Registrations_AreStored_AndAReimportChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header,
            $"202361011304000123,{Uscc(1)},2023,2023-05-10,,",
            $"202361010304000456,{Uscc(2)},2023,2023-06-01,2023-09-30,存在严重失信行为");

        var first = await database.ImportAsync("tech-sme-registrations", file);
        var again = await database.ImportAsync("tech-sme-registrations", file);

        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), first.Value.Counts);
        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), again.Value.Counts);
        await using var db = database.NewDbContext();
        var saved = await db.TechSmeRegistrations().OrderBy(r => r.RegistrationNumber).ToListAsync();
        Assert.Equal(["610103", "610113"], saved.Select(r => r.RegionCode));
        Assert.Equal(new DateOnly(2023, 9, 30), saved[0].RevokedOn);
    }

    [Theory, DatabaseData]
    public async Task NumberYearMismatch_BadNumbers_UnknownEnterprisesAndDuplicates_AreRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"202261011304000123,{Uscc(1)},2023,,,",
            $"KX61011304000123,{Uscc(1)},2023,,,",
            $"202361011304000124,{Uscc(77)},2023,,,",
            $"202361011304000125,{Uscc(1)},2023,2023-05-10,2023-05-01,",
            $"202361011304000126,{Uscc(1)},2023,,,",
            $"202361011304000126,{Uscc(1)},2023,,,");

        var result = await database.ImportAsync("tech-sme-registrations", file);

        Assert.Equal(new ImportCounts(6, 1, 0, 0, 5), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【入库登记编号】入库登记编号的前 4 位（2022）与年度（2023）不一致", errors[2], StringComparison.Ordinal);
        Assert.Contains("【入库登记编号】“KX61011304000123”不是有效的入库登记编号", errors[3], StringComparison.Ordinal);
        Assert.Contains($"系统中没有统一社会信用代码为 {Uscc(77)} 的企业", errors[4], StringComparison.Ordinal);
        Assert.Contains("【撤销日期】撤销日期（2023-05-01）不能早于入库日期（2023-05-10）", errors[5], StringComparison.Ordinal);
        Assert.Contains("与第 6 行重复", errors[7], StringComparison.Ordinal);
    }
}
