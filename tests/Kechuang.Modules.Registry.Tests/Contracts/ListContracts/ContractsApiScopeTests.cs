using System.Net;
using System.Text.Json;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Contracts.ListContracts;

/// <summary>The data scope through the real endpoints: a 雁塔区 account and contracts sold from 雁塔 and from 碑林.</summary>
public sealed class ContractsApiScopeTests
{
    [Fact]
    public async Task DistrictUser_CannotSeeOtherDistrictsContractsThroughTheApi()
    {
        await using var factory = new KechuangWebFactory { Options = new() { Demo = false } };
        var yanta = await factory.Services.CreateAccountAsync("yanta-contracts",
            [RegistryPermissions.View, RegistryPermissions.Export, RegistryPermissions.Edit], DataScopeKind.OwnUnitAndBelow,
            unitName: "雁塔区科学技术局", unitKind: UnitKind.DistrictBureau, unitCode: Yanta);
        await factory.Services.CreateAccountAsync("beilin-contracts", [RegistryPermissions.View], DataScopeKind.OwnUnitAndBelow,
            unitName: "碑林区科学技术局", unitKind: UnitKind.DistrictBureau, unitCode: Beilin);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find("tech-contracts")!;
            var path = CsvFile([Header, .. FlowContracts]);
            var result = await scope.ServiceProvider.GetRequiredService<RunImport>()
                .ExecuteAsync(import, new ImportSource("合同.csv", path), ImportMode.ValidRowsOnly, CurrentUser.ServerConsole, CancellationToken.None);
            Assert.Equal(9, result.Value.Counts.Inserted);
        }
        Guid beilinContract;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            beilinContract = await db.TechContracts().Where(c => c.SellerRegionCode == Beilin).Select(c => c.Id).FirstAsync();
        }
        using var client = factory.CreateClient(yanta);

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/registry/tech-contracts?pageSize=200", UriKind.Relative)));
        using var bought = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/registry/tech-contracts?region=610113&direction=buyer", UriKind.Relative)));
        using var summary = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/registry/tech-contracts/summary", UriKind.Relative)));
        using var detail = await client.GetAsync(new Uri($"/api/registry/tech-contracts/{beilinContract}", UriKind.Relative));
        using var edit = await client.PutAsync(new Uri($"/api/registry/tech-contracts/{beilinContract}", UriKind.Relative),
            new StringContent("""{"values":{},"version":1}""", System.Text.Encoding.UTF8, "application/json"));
        using var export = await client.GetAsync(new Uri("/api/registry/tech-contracts/export", UriKind.Relative));

        var sellers = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sellerRegionCode").GetString()).ToList();
        Assert.Equal(4, sellers.Count);
        Assert.All(sellers, s => Assert.Equal(Yanta, s));
        Assert.Equal(["2025610113000006"], bought.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("registrationNumber").GetString()));
        Assert.Equal(4, summary.RootElement.GetProperty("contracts").GetInt32());
        Assert.Equal(Wan(1450), summary.RootElement.GetProperty("contractAmountFen").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        using var reader = TableReader.Open(workbook, TableFormat.Xlsx, [new TableColumn("合同登记号", true), new TableColumn("卖方所在地", true)]).Value;
        var rows = reader.Rows().Select(r => (Number: reader.Cell(r, 0), Seller: reader.Cell(r, 1))).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(Yanta, r.Seller));
    }
}
