using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ImportGrowthRecognitions;

public sealed class GrowthRecognitionImportTests
{
    private const string Header = "统一社会信用代码,类型,年度,级别";

    [Theory, DatabaseData]
    public async Task Recognitions_AreKeyedByEnterpriseKindAndYear_AndALevelChangeUpdates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header, $"{Uscc(1)},瞪羚企业,2023,市级", $"{Uscc(1)},潜在独角兽,2023,省级", $"{Uscc(2)},Gazelle,2022,国家");

        var first = await database.ImportAsync("growth-recognitions", file);
        var again = await database.ImportAsync("growth-recognitions", file);
        var raised = await database.ImportAsync("growth-recognitions", CsvFile(Header, $"{Uscc(1)},瞪羚企业,2023,省级"));

        Assert.Equal(new ImportCounts(3, 3, 0, 0, 0), first.Value.Counts);
        Assert.Equal(new ImportCounts(3, 0, 0, 3, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), raised.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(3, await db.GrowthRecognitions().CountAsync());
        var gazelle = await db.GrowthRecognitions().SingleAsync(r => r.Kind == GrowthKind.Gazelle && r.Year == 2023);
        Assert.Equal(RecognitionLevel.Provincial, gazelle.Level);
        Assert.Equal("610113", gazelle.RegionCode);
    }

    [Theory, DatabaseData]
    public async Task UnknownKindsLevelsAndEnterprises_AndDuplicates_AreRejectedInChinese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"{Uscc(1)},独角兽,2023,区级",
            $"{Uscc(1)},小巨人,2023,市级",
            $"{Uscc(9)},瞪羚企业,2023,市级",
            $"{Uscc(1)},瞪羚企业,2023,市级",
            $"{Uscc(1)},瞪羚,2023,省级");

        var result = await database.ImportAsync("growth-recognitions", file);

        Assert.Equal(new ImportCounts(5, 1, 0, 0, 4), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【级别】“区级”不是可选值，应为：国家级、省级、市级", errors[2], StringComparison.Ordinal);
        Assert.Contains("【类型】“小巨人”不是可选值", errors[3], StringComparison.Ordinal);
        Assert.Contains($"系统中没有统一社会信用代码为 {Uscc(9)} 的企业", errors[4], StringComparison.Ordinal);
        Assert.Contains("与第 5 行重复", errors[6], StringComparison.Ordinal);
    }
}
