using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.ListPoolMemberships;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ListPoolMemberships;

public sealed class ListPoolMembershipsTests
{
    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsPoolEnterprises_InTheListOrTheExport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await SeedAsync(database);

        var yanta = await ListAsync(database, districts.YantaUser, new PoolMembershipQuery());
        var asked = await ListAsync(database, districts.YantaUser, new PoolMembershipQuery(Region: "610103"));
        var export = await ExportAsync(database, districts.YantaUser, new PoolMembershipQuery());

        Assert.Equal(3, yanta.Rows.Total);
        Assert.All(yanta.Rows.Items, r => Assert.Equal("610113", r.RegionCode));
        Assert.Empty(asked.Rows.Items);
        var rows = MiniExcel.Query(export, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("雁塔区", r["所在区县"]));
    }

    [Theory, DatabaseData]
    public async Task MembersOnAChosenDay_AreTheEntriesNotYetLeft_AndTheExportReimportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var members = await ListAsync(database, CurrentUser.ServerConsole, new PoolMembershipQuery(On: new DateOnly(2023, 12, 1), MembersOnly: true));
        var others = await ListAsync(database, CurrentUser.ServerConsole, new PoolMembershipQuery(On: new DateOnly(2023, 12, 1), MembersOnly: false));
        var export = await ExportAsync(database, CurrentUser.ServerConsole, new PoolMembershipQuery());
        var reimport = await database.ImportAsync("pool-memberships", export, fileName: "培育库.xlsx");

        Assert.Equal([new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 1)], members.Rows.Items.Select(r => r.EnteredOn).Order());
        Assert.All(members.Rows.Items, r => Assert.True(r.IsMember));
        Assert.Equal(2, others.Rows.Total);
        Assert.Equal(new ImportCounts(4, 0, 0, 4, 0), reimport.Value.Counts);
    }

    private static async Task<Districts> SeedAsync(TestDatabase database)
    {
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(4);
        await database.ImportAsync("pool-memberships", CsvFile("统一社会信用代码,入库日期,入库原因,出库日期,出库原因",
            $"{Uscc(1)},2023-04-01,研发投入较高,2023-12-01,已认定为高新技术企业",
            $"{Uscc(3)},2023-04-01,,,",
            $"{Uscc(3)},2022-04-01,,2022-10-01,材料不全",
            $"{Uscc(2)},2023-06-01,科技型中小企业,,"));
        return districts;
    }

    private static async Task<PoolMembershipPage> ListAsync(TestDatabase database, CurrentUser user, PoolMembershipQuery query)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ListPoolMemberships.ListPoolMemberships>()
            .ExecuteAsync(user, query, new PageRequest(PageSize: 200), CancellationToken.None);
    }

    private static async Task<string> ExportAsync(TestDatabase database, CurrentUser user, PoolMembershipQuery query)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using var scope = database.CreateScope();
        var export = scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ExportPoolMemberships.ExportPoolMemberships>();
        await using (var file = File.Create(path))
        {
            Assert.True((await export.ExecuteAsync(user, query, file, CancellationToken.None)).IsSuccess);
        }
        return path;
    }
}
