using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Platforms.ExportPlatforms;
using Kechuang.Modules.Registry.Platforms.ListPlatforms;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.Platforms.ListPlatforms.ListPlatformsTests;

namespace Kechuang.Modules.Registry.Tests.Platforms.ExportPlatforms;

public sealed class ExportPlatformsTests
{
    private static async Task<(ExportedFile File, string Path)> ExportAsync(TestDatabase database, CurrentUser user, PlatformFilter filter)
    {
        var path = ScopedServices.TempXlsx();
        await using var file = File.Create(path);
        var result = await database.RunAsync<Registry.Platforms.ExportPlatforms.ExportPlatforms, Result<ExportedFile>>(
            e => e.ExecuteAsync(user, filter, file, CancellationToken.None));
        return (result.Value, path);
    }

    [Theory, DatabaseData]
    public async Task Export_ReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        await using var before = database.NewDbContext();
        var original = (await before.Platforms().AsNoTracking().ToListAsync()).Select(p => p.ToValues()).OrderBy(v => v.Name).ToList();

        var (file, path) = await ExportAsync(database, users.City, new PlatformFilter());
        var assessments = ScopedServices.TempXlsx();
        await using (var stream = File.Create(assessments))
        {
            await database.RunAsync<ExportPlatformAssessments, Result<ExportedFile>>(
                e => e.ExecuteAsync(users.City, new PlatformFilter(), null, stream, CancellationToken.None));
        }
        var reimported = await database.ImportAsync("platforms", path, fileName: file.FileName);
        var reimportedAssessments = await database.ImportAsync("platform-assessments", assessments);

        Assert.Equal(4, file.Rows);
        Assert.StartsWith("创新平台载体-", file.FileName, StringComparison.Ordinal);
        Assert.True(reimported.IsSuccess, reimported.Error?.Message);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), reimported.Value.Counts);
        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), reimportedAssessments.Value.Counts);
        await using var after = database.NewDbContext();
        Assert.Equal(original, (await after.Platforms().AsNoTracking().ToListAsync()).Select(p => p.ToValues()).OrderBy(v => v.Name).ToList());
        var row = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().First(r => (string?)r["平台名称"] == "雁塔秦创众创空间");
        Assert.Equal(("市级", "610113", "2021-06-18", "正常", "雁塔区"),
            ((string?)row["级别"], row["所在区县"]?.ToString(), (string?)row["认定日期"], (string?)row["状态"], (string?)row["区县名称"]));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_ExportsOnlyTheirDistrict_AndTheExportIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var (file, path) = await ExportAsync(database, users.Yanta, new PlatformFilter());
        var (beilinAsked, _) = await ExportAsync(database, users.Yanta, new PlatformFilter(Region: "610103"));

        Assert.Equal(2, file.Rows);
        Assert.Equal(0, beilinAsked.Rows);
        var names = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (string?)r["平台名称"]).ToList();
        Assert.DoesNotContain(names, n => n!.StartsWith("碑林", StringComparison.Ordinal) || n.Contains("陕西省", StringComparison.Ordinal));
        await using var db = database.NewDbContext();
        var audits = await db.Set<AuditEntry>().Where(a => a.Action == AuditActions.Export && a.TargetType == nameof(InnovationPlatform)).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.Contains(audits, a => a.Detail == "导出创新平台载体 2 条");
    }
}
