using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ListTechSmeRegistrations;

public sealed class ListTechSmeRegistrationsTests
{
    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsTechSmes_InTheListOrTheExport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await SeedAsync(database);

        var yanta = await ListAsync(database, districts.YantaUser, new TechSmeRegistrationQuery());
        var asked = await ListAsync(database, districts.YantaUser, new TechSmeRegistrationQuery(Region: "610103"));
        var export = await ExportAsync(database, districts.YantaUser, new TechSmeRegistrationQuery());

        Assert.Equal(3, yanta.Total);
        Assert.All(yanta.Items, r => Assert.Equal("雁塔区", r.RegionName));
        Assert.Empty(asked.Items);
        var rows = MiniExcel.Query(export, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("雁塔区", r["所在区县"]));
    }

    [Theory, DatabaseData]
    public async Task YearAndRevokedFilters_NarrowTheList_AndTheExportReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var standing2023 = await ListAsync(database, CurrentUser.ServerConsole, new TechSmeRegistrationQuery(Year: 2023, Revoked: false));
        var revoked = await ListAsync(database, CurrentUser.ServerConsole, new TechSmeRegistrationQuery(Revoked: true));
        var export = await ExportAsync(database, CurrentUser.ServerConsole, new TechSmeRegistrationQuery());
        var reimport = await database.ImportAsync("tech-sme-registrations", export, fileName: "科小.xlsx");

        Assert.Equal(["202361010304000004", "202361011304000001"], standing2023.Items.Select(r => r.RegistrationNumber).Order());
        Assert.Equal(["202361011304000002"], revoked.Items.Select(r => r.RegistrationNumber));
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), reimport.Value.Counts);
    }

    private static async Task<Districts> SeedAsync(TestDatabase database)
    {
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(4);
        await database.ImportAsync("tech-sme-registrations", CsvFile("入库登记编号,统一社会信用代码,年度,入库日期,撤销日期,撤销原因",
            $"202361011304000001,{Uscc(1)},2023,2023-05-10,,",
            $"202361011304000002,{Uscc(3)},2023,2023-05-10,2023-08-01,存在严重失信行为",
            $"202261011304000003,{Uscc(1)},2022,2022-05-10,,",
            $"202361010304000004,{Uscc(2)},2023,2023-05-10,,"));
        return districts;
    }

    private static async Task<Page<TechSmeRegistrationRow>> ListAsync(TestDatabase database, CurrentUser user, TechSmeRegistrationQuery query)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ListTechSmeRegistrations.ListTechSmeRegistrations>()
            .ExecuteAsync(user, query, new PageRequest(PageSize: 200), CancellationToken.None);
    }

    private static async Task<string> ExportAsync(TestDatabase database, CurrentUser user, TechSmeRegistrationQuery query)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using var scope = database.CreateScope();
        var export = scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ExportTechSmeRegistrations.ExportTechSmeRegistrations>();
        await using (var file = File.Create(path))
        {
            Assert.True((await export.ExecuteAsync(user, query, file, CancellationToken.None)).IsSuccess);
        }
        return path;
    }
}
