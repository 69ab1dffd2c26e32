using Kechuang.Platform.Audit;
using Kechuang.Platform.Audit.ExportAudit;
using Kechuang.Platform.Audit.SearchAudit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Tests.Audit.SearchAudit;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kechuang.Platform.Tests.Audit.ExportAudit;

public sealed class ExportAuditTrailTests
{
    [Theory, DatabaseData]
    public async Task Export_IsAReadableWorkbookWithTheChineseHeaderAndIsItselfAudited(DatabaseProvider provider)
    {
        await using var database = await SearchAuditTrailTests.SeedAsync(provider);
        using var stream = new MemoryStream();

        await using (var scope = database.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ExportAuditTrail>()
                .ExecuteAsync(new AuditFilter(User: "zhangsan"), stream, CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equal(2, result.Value.Rows);
            Assert.EndsWith(".xlsx", result.Value.FileName, StringComparison.Ordinal);
        }

        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(ExportAuditTrail.Headers, rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal(3, rows.Count);
        var newest = rows[1].Values.ToList();
        Assert.Equal("修改", newest[5]);
        Assert.Equal("91610131MA6TXXXX1X", newest[7]);
        Assert.Equal("成功", newest[8]);
        Assert.Contains("西安某某智能科技有限公司", newest[9]?.ToString(), StringComparison.Ordinal);
        Assert.Equal(64, newest[11]?.ToString()?.Length);

        var last = (await AuditTestKit.AllAsync(database))[^1];
        Assert.Equal(AuditActions.Export, last.Action);
        Assert.Contains("导出审计日志 2 条", last.Detail, StringComparison.Ordinal);
        Assert.Contains("用户=zhangsan", last.Detail, StringComparison.Ordinal);
    }
}
