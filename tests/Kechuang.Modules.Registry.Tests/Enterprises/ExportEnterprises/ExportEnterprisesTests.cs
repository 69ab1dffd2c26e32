using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Enterprises.ExportEnterprises;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Enterprises.EnterpriseTestData;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises.ExportEnterprises;

public sealed class ExportEnterprisesTests
{
    private static async Task<(string Path, EnterprisesExported Result)> ExportAsync(TestDatabase database, EnterpriseFilter filter, DataScope scope)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using var services = database.CreateScope();
        await using var file = File.Create(path);
        var result = await services.ServiceProvider.GetRequiredService<Registry.Enterprises.ExportEnterprises.ExportEnterprises>()
            .ExecuteAsync(filter, null, false, scope, file, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return (path, result.Value);
    }

    [Theory, DatabaseData]
    public async Task ExportedFile_ReimportsWithNothingInsertedOrUpdated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018/5/21,查账征收,否,未上市",
            $"{Uscc(2)},西安碑林新材料股份有限公司,碑林区,,C3039,新材料,2015年3月5日,核定征收,是,新三板",
            $"{Uscc(3)},西安长安航天动力有限公司,610116,航天基地,,,,,,",
            $"{Uscc(4)},北京中关村软件有限公司,110108,,,高技术服务,2010-01-01,,否,科创板");
        await using (var db = database.NewDbContext())
        {
            Assert.Equal(4, await db.Enterprises().CountAsync());
        }

        var (path, exported) = await ExportAsync(database, new EnterpriseFilter(), All);
        var again = await database.ImportAsync("enterprises", path);

        Assert.Equal(4, exported.Rows);
        Assert.EndsWith(".xlsx", exported.FileName, StringComparison.Ordinal);
        Assert.True(again.IsSuccess, again.Error?.Message);
        Assert.Empty(again.Value.Errors);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), again.Value.Counts);
        await using var check = database.NewDbContext();
        Assert.All(await check.Enterprises().ToListAsync(), e => Assert.Equal(1, e.Version));
        var audit = await check.Set<AuditEntry>().Where(e => e.Action == AuditActions.Export).ToListAsync();
        Assert.Contains(audit, e => e.TargetType == "Enterprise" && e.Detail!.Contains("4 家", StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_ExportsOnlyTheirDistrict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();
        await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安秦创智能科技有限公司,610113,,,,,,,",
            $"{Uscc(2)},西安碑林新材料股份有限公司,610103,,,,,,,");

        var (path, exported) = await ExportAsync(database, new EnterpriseFilter(Region: "610100"), bureaus.YantaScope);

        Assert.Equal(1, exported.Rows);
        var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("西安秦创智能科技有限公司", Assert.Single(rows)["企业名称"]);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString()?.Contains("碑林", StringComparison.Ordinal) == true));
    }
}
