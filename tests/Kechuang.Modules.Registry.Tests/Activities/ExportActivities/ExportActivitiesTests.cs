using Kechuang.Modules.Registry.Activities.ListActivities;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.Activities.ListActivities.ListActivitiesTests;

namespace Kechuang.Modules.Registry.Tests.Activities.ExportActivities;

public sealed class ExportActivitiesTests
{
    private static async Task<(ExportedFile File, string Path)> ExportAsync(TestDatabase database, CurrentUser user, ActivityFilter filter)
    {
        var path = ScopedServices.TempXlsx();
        await using var file = File.Create(path);
        var result = await database.RunAsync<Registry.Activities.ExportActivities.ExportActivities, Result<ExportedFile>>(
            e => e.ExecuteAsync(user, filter, file, CancellationToken.None));
        return (result.Value, path);
    }

    [Theory, DatabaseData]
    public async Task Export_ReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        await using var before = database.NewDbContext();
        var original = (await before.Activities().AsNoTracking().ToListAsync()).Select(a => a.ToValues()).OrderBy(v => v.Title).ToList();

        var (file, path) = await ExportAsync(database, users.City, new ActivityFilter());
        var reimported = await database.ImportAsync("activities", path);

        Assert.Equal(4, file.Rows);
        Assert.True(reimported.IsSuccess, reimported.Error?.Message);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), reimported.Value.Counts);
        await using var after = database.NewDbContext();
        Assert.Equal(original, (await after.Activities().AsNoTracking().ToListAsync()).Select(a => a.ToValues()).OrderBy(v => v.Title).ToList());
        Assert.True(await after.Set<AuditEntry>().AnyAsync(a => a.Action == AuditActions.Export && a.Detail == "导出科技活动 4 条"));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_ExportsOnlyTheirDistrictsActivities(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var (file, path) = await ExportAsync(database, users.Yanta, new ActivityFilter());

        Assert.Equal(1, file.Rows);
        var title = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().Single()["活动名称"];
        Assert.Equal("雁塔区科技成果转化对接会", title);
    }
}
