using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Qualifications.ListGrowthRecognitions;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ListGrowthRecognitions;

public sealed class ListGrowthRecognitionsTests
{
    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsGrowthEnterprises_InTheListOrTheExport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await SeedAsync(database);

        var beilin = await ListAsync(database, districts.BeilinUser, new GrowthRecognitionQuery());
        var asked = await ListAsync(database, districts.BeilinUser, new GrowthRecognitionQuery(Region: "610113"));
        var export = await ExportAsync(database, districts.BeilinUser, new GrowthRecognitionQuery());

        Assert.Equal(["碑林区"], beilin.Items.Select(r => r.RegionName));
        Assert.Empty(asked.Items);
        var rows = MiniExcel.Query(export, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("碑林区", Assert.Single(rows)["所在区县"]);
    }

    [Theory, DatabaseData]
    public async Task KindYearAndLevelFilters_NarrowTheList_AndTheExportReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var gazelles = await ListAsync(database, CurrentUser.ServerConsole, new GrowthRecognitionQuery(Kind: GrowthKind.Gazelle, Year: 2023));
        var provincial = await ListAsync(database, CurrentUser.ServerConsole, new GrowthRecognitionQuery(Level: RecognitionLevel.Provincial));
        var export = await ExportAsync(database, CurrentUser.ServerConsole, new GrowthRecognitionQuery());
        var reimport = await database.ImportAsync("growth-recognitions", export, fileName: "瞪羚.xlsx");

        Assert.Equal(3, gazelles.Total);
        Assert.All(gazelles.Items, r => Assert.Equal("瞪羚企业", r.KindLabel));
        Assert.Equal("省级", Assert.Single(provincial.Items).LevelLabel);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), reimport.Value.Counts);
    }

    private static async Task<Districts> SeedAsync(TestDatabase database)
    {
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(3);
        await database.ImportAsync("growth-recognitions", CsvFile("统一社会信用代码,类型,年度,级别",
            $"{Uscc(1)},瞪羚企业,2023,市级", $"{Uscc(3)},瞪羚企业,2023,省级", $"{Uscc(2)},瞪羚企业,2023,市级", $"{Uscc(1)},独角兽企业,2023,国家级"));
        return districts;
    }

    private static async Task<Page<GrowthRecognitionRow>> ListAsync(TestDatabase database, CurrentUser user, GrowthRecognitionQuery query)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ListGrowthRecognitions.ListGrowthRecognitions>()
            .ExecuteAsync(user, query, new PageRequest(PageSize: 200), CancellationToken.None);
    }

    private static async Task<string> ExportAsync(TestDatabase database, CurrentUser user, GrowthRecognitionQuery query)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using var scope = database.CreateScope();
        var export = scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ExportGrowthRecognitions.ExportGrowthRecognitions>();
        await using (var file = File.Create(path))
        {
            Assert.True((await export.ExecuteAsync(user, query, file, CancellationToken.None)).IsSuccess);
        }
        return path;
    }
}
