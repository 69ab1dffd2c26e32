using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Imports.RollbackImport;

public sealed class RollbackImportTests
{
    [Theory, DatabaseData]
    public async Task RollingBackABatch_DeletesWhatItCreatedAndRestoresWhatItUpdated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader, $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018-05-21,查账征收,否,未上市"));
        var second = await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader,
            $"{Uscc(1)},西安秦创智能科技股份有限公司,610103,,I6513,电子信息,2018-05-21,核定征收,是,科创板",
            $"{Uscc(2)},西安长安新材料有限公司,610104,,,,,,,"));
        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), second.Value.Counts);

        var rolledBack = await database.RollbackAsync(second.Value.BatchId);

        Assert.True(rolledBack.IsSuccess, rolledBack.Error?.Message);
        Assert.Equal((1, 1), (rolledBack.Value.Deleted, rolledBack.Value.Restored));
        await using var db = database.NewDbContext();
        var enterprise = await db.Enterprises().SingleAsync();
        Assert.Equal("西安秦创智能科技有限公司", enterprise.Name);
        Assert.Equal("610113", enterprise.RegionCode);
        Assert.Equal("XA-GX", enterprise.ZoneCode);
        Assert.Equal(Kechuang.Modules.Registry.Enterprises.TaxAssessmentMode.ActualProfit, enterprise.TaxMode);
        Assert.Equal(first.Value.BatchId, enterprise.LastBatchId);
        Assert.Equal(1, enterprise.Version);
        Assert.Equal(ImportBatchStatus.RolledBack, (await db.ImportBatches().SingleAsync(b => b.Id == second.Value.BatchId)).Status);
        Assert.Equal(0, await db.ImportChanges().CountAsync());
        Assert.Contains(await db.Set<AuditEntry>().Select(e => e.Detail).ToListAsync(), d => d != null && d.StartsWith("已撤销导入", StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task ABatchWhoseRecordsWereChangedLater_CannotBeRolledBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader, $"{Uscc(1)},甲公司,610113,,,,,,,"));
        await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader, $"{Uscc(1)},甲科技公司,610113,,,,,,,"));

        var refused = await database.RollbackAsync(first.Value.BatchId);

        Assert.False(refused.IsSuccess);
        Assert.Contains("之后又被修改", refused.Error.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal("甲科技公司", (await db.Enterprises().SingleAsync()).Name);
    }

    [Theory, DatabaseData]
    public async Task ABatchRolledBackOnce_CannotBeRolledBackAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var batch = await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader, $"{Uscc(1)},甲公司,610113,,,,,,,"));
        await database.RollbackAsync(batch.Value.BatchId);

        var again = await database.RollbackAsync(batch.Value.BatchId);

        Assert.False(again.IsSuccess);
        Assert.Contains("已撤销", again.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElsesBatch_IsNotFoundForAUserWithoutTheWholeScope()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var batch = await database.ImportAsync("enterprises", CsvFile(EnterpriseHeader, $"{Uscc(1)},甲公司,610113,,,,,,,"));
        var stranger = new Platform.Identity.CurrentUser(Guid.NewGuid(), "yanta", "雁塔区用户", Guid.NewGuid(), "/x/", new HashSet<string>(),
            new Platform.Identity.DataScope(Guid.NewGuid(), Guid.NewGuid(), "/x/", [new(Platform.Identity.DataScopeKind.OwnUnitAndBelow, [])]));

        var result = await database.RollbackAsync(batch.Value.BatchId, stranger);

        Assert.Equal(Platform.Results.ErrorKind.NotFound, result.Error?.Kind);
    }
}
