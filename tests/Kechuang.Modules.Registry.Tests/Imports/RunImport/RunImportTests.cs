using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Imports.RunImport;

public sealed class RunImportTests
{
    private const string Header = "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况";

    [Theory, DatabaseData]
    public async Task ValidRowsOnly_ImportsTheGoodRowsAndReportsTheBadOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header,
            $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018/5/21,查账征收,否,未上市",
            $"{Uscc(2)},西安长安新材料股份有限公司,碑林区,,C3039,新材料,2015年3月5日,查账征收,是,新三板",
            "91610131000000003X,西安错码科技有限公司,610113,,,,,,,");

        var result = await database.ImportAsync("enterprises", file);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(ImportBatchStatus.Committed, result.Value.Status);
        Assert.Equal(new ImportCounts(3, 2, 0, 0, 1), result.Value.Counts);
        var error = Assert.Single(result.Value.Errors);
        Assert.Equal(4, error.Row);
        Assert.Contains("校验码", error.Message, StringComparison.Ordinal);
        Assert.True(result.Value.HasReport);
        await using var db = database.NewDbContext();
        var saved = await db.Enterprises().OrderBy(e => e.Uscc).ToListAsync();
        Assert.Equal(["610113", "610103"], saved.Select(e => e.RegionCode));
        Assert.Equal(new DateOnly(2015, 3, 5), saved[1].FoundedOn);
        Assert.Equal("XA-GX", saved[0].ZoneCode);
        Assert.Equal(result.Value.BatchId, saved[0].CreatedBatchId);
    }

    [Theory, DatabaseData]
    public async Task ReimportingTheSameFile_UpdatesNothingAndDuplicatesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, $"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,");
        await database.ImportAsync("enterprises", file);
        var changed = CsvFile(Header, $"{Uscc(1)},西安秦创智能科技股份有限公司,610113,,,,,,,", $"{Uscc(5)},西安新企业有限公司,610104,,,,,,,");

        var again = await database.ImportAsync("enterprises", file);
        var update = await database.ImportAsync("enterprises", changed);

        Assert.Equal(new ImportCounts(1, 0, 0, 1, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), update.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.Enterprises().CountAsync());
        Assert.Equal("西安秦创智能科技股份有限公司", (await db.Enterprises().SingleAsync(e => e.Uscc == Uscc(1))).Name);
    }

    [Theory, DatabaseData]
    public async Task AllOrNothing_WithOneBadRow_WritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, $"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,", $"{Uscc(2)},,610113,,,,,,,");

        var result = await database.ImportAsync("enterprises", file, ImportMode.AllOrNothing);

        Assert.Equal(ImportBatchStatus.Refused, result.Value.Status);
        Assert.Contains("【企业名称】必填", Assert.Single(result.Value.Errors).Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.Enterprises().CountAsync());
        Assert.Equal(ImportBatchStatus.Refused, (await db.ImportBatches().SingleAsync()).Status);
    }

    [Theory, DatabaseData]
    public async Task CheckOnly_CountsWhatWouldHappenAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, $"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,");

        var result = await database.ImportAsync("enterprises", file, ImportMode.CheckOnly);

        Assert.Equal(new ImportCounts(1, 1, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.Enterprises().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task TheSameKeyTwiceInOneFile_IsReportedOnTheSecondRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header, $"{Uscc(1)},甲公司,610113,,,,,,,", $"{Uscc(1)},乙公司,610113,,,,,,,");

        var result = await database.ImportAsync("enterprises", file);

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Value.Counts);
        var error = Assert.Single(result.Value.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("与第 2 行重复", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithoutTheRequiredColumns_IsRefusedAsTheWrongTemplate()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = CsvFile("合同登记号,成交额", "2021610001,100万元");

        var result = await database.ImportAsync("enterprises", file);

        Assert.False(result.IsSuccess);
        Assert.Contains("不是“企业基本信息”导入模板", result.Error.Message, StringComparison.Ordinal);
    }
}
