using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Modules.Registry.Contracts.GetContract;
using Kechuang.Modules.Registry.Contracts.ListContracts;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Contracts.ListContracts;

public sealed class ListContractsTests
{
    public static TheoryData<DatabaseProvider, string> Filters()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            data.Add(provider, "");
            data.Add(provider, "from=2025-01-01&to=2025-12-31");
            data.Add(provider, "region=610100&direction=buyer&from=2025-01-01&to=2025-12-31");
            data.Add(provider, "region=610113&direction=seller");
            data.Add(provider, "type=技术开发&minAmount=60&maxAmount=1000");
            data.Add(provider, "field=新材料");
            data.Add(provider, "q=秦创");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Summary_EqualsTheSumOfTheListedRows(DatabaseProvider provider, string query)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts]));
        await using var scope = database.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<Registry.Contracts.ListContracts.ListContracts>();
        var filter = Parse(query);

        var rows = new List<ContractRow>();
        for (var page = 1; ; page++)
        {
            var result = await list.ExecuteAsync(Everything, filter, new PageRequest(page, 2), CancellationToken.None);
            rows.AddRange(result.Items);
            if (result.Items.Count < 2)
            {
                Assert.Equal(rows.Count, result.Total);
                break;
            }
        }
        var summary = await list.SummaryAsync(Everything, filter, CancellationToken.None);

        Assert.True(rows.Count > 0, query);
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(new ContractSummary(rows.Count, rows.Sum(r => r.ContractAmountFen), rows.Sum(r => r.TechTransactionAmountFen)), summary);
    }

    [Theory, DatabaseData]
    public async Task RegionAndDirection_KeepTheSellersOrTheBuyersRegion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts]));
        await using var scope = database.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<Registry.Contracts.ListContracts.ListContracts>();

        var outflow = await list.ExecuteAsync(Everything, Parse("region=610113&from=2025-01-01&to=2025-12-31"), new PageRequest(), CancellationToken.None);
        var inflow = await list.ExecuteAsync(Everything, Parse("region=雁塔区&direction=buyer&from=2025-01-01&to=2025-12-31"), new PageRequest(), CancellationToken.None);

        Assert.Equal(["2025610113000006", "2025610113000003", "2025610113000001"], outflow.Items.Select(r => r.RegistrationNumber));
        Assert.Equal(["2025610113000006", "2025610302000009", "2025110108000004", "2025610103000002"], inflow.Items.Select(r => r.RegistrationNumber));
    }

    [Fact]
    public void AFilterWithWrongValues_SaysWhatIsWrongInChinese()
    {
        var result = ContractFilter.Parse("2025-13-45", null, "技术合作", "火星", "up", null, "abc", null, null);

        Assert.False(result.IsSuccess);
        Assert.Contains("起始日期", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("合同类型“技术合作”", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("地区“火星”无法识别", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("方向“up”", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("最低成交额", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsContracts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts]));
        await using var scope = database.CreateScope();
        var services = scope.ServiceProvider;
        var list = services.GetRequiredService<Registry.Contracts.ListContracts.ListContracts>();
        await using var db = database.NewDbContext();
        var beilinSold = await db.TechContracts().Where(c => c.SellerRegionCode == Beilin).Select(c => c.Id).ToListAsync();
        var yantaSold = await db.TechContracts().Where(c => c.SellerRegionCode == Yanta).Select(c => c.Id).ToListAsync();
        Assert.Equal(2, beilinSold.Count);
        Assert.Equal(4, yantaSold.Count);

        var all = await list.ExecuteAsync(bureaus.YantaUser, new ContractFilter(), new PageRequest(PageSize: 200), CancellationToken.None);
        var boughtByYanta = await list.ExecuteAsync(bureaus.YantaUser, Parse("region=610113&direction=buyer"), new PageRequest(PageSize: 200), CancellationToken.None);
        var summary = await list.SummaryAsync(bureaus.YantaUser, new ContractFilter(), CancellationToken.None);
        var detail = await services.GetRequiredService<GetContract>().ExecuteAsync(bureaus.YantaUser, beilinSold[0], CancellationToken.None);
        var own = await services.GetRequiredService<GetContract>().ExecuteAsync(bureaus.YantaUser, yantaSold[0], CancellationToken.None);
        var exported = await ExportAsync(services, bureaus.YantaUser, new ContractFilter());

        Assert.Equal(yantaSold.Order(), all.Items.Select(r => r.Id).Order());
        Assert.All(boughtByYanta.Items, r => Assert.Equal(Yanta, r.SellerRegionCode));
        Assert.Equal(["2025610113000006"], boughtByYanta.Items.Select(r => r.RegistrationNumber));
        Assert.Equal(new ContractSummary(4, Wan(1450), Wan(1420)), summary);
        Assert.Equal(ErrorKind.NotFound, detail.Error?.Kind);
        Assert.True(own.IsSuccess);
        Assert.Equal(4, exported.Count);
        Assert.All(exported, row => Assert.Equal(Yanta, row[8]));
        Assert.DoesNotContain(exported, row => row[0]!.StartsWith("2025610103", StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task ExportThenImport_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("enterprises", CsvFile("统一社会信用代码,企业名称,所在区县", $"{Uscc(7)},西安秦创智能科技有限公司,{Yanta}"));
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts,
            Line("2025610113000011", "2025-08-08", "西安秦创智能科技有限公司", Yanta, "西安雁塔光电有限公司", Yanta, "12.345678", "0.000001",
                "技术服务", sellerUscc: Uscc(7), buyerUscc: Uscc(8), field: "先进制造与自动化")]));
        await using var scope = database.CreateScope();
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using (var file = File.Create(path))
        {
            var exported = await scope.ServiceProvider.GetRequiredService<ExportContracts>()
                .ExecuteAsync(Everything, new ContractFilter(), file, CancellationToken.None);
            Assert.Equal(10, exported.Value.Rows);
        }

        var again = await database.ImportAsync("tech-contracts", path);

        Assert.True(again.IsSuccess, again.Error?.Message);
        Assert.Equal(new ImportCounts(10, 0, 0, 10, 0), again.Value.Counts);
    }

    private static ContractFilter Parse(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        string? V(string name) => values.GetValueOrDefault(name);
        var filter = ContractFilter.Parse(V("from"), V("to"), V("type"), V("region"), V("direction"), V("field"), V("minAmount"), V("maxAmount"), V("q"));
        Assert.True(filter.IsSuccess, filter.Error?.Message);
        return filter.Value;
    }

    internal static async Task<List<IReadOnlyList<string?>>> ExportAsync(IServiceProvider services, DataScope scope, ContractFilter filter)
    {
        using var stream = new MemoryStream();
        var result = await services.GetRequiredService<ExportContracts>().ExecuteAsync(scope, filter, stream, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        stream.Position = 0;
        var headers = new[] { "合同登记号", "登记日期", "登记机构", "合同类型", "合同子类", "合同名称", "卖方名称", "卖方统一社会信用代码", "卖方所在地" };
        using var reader = TableReader.Open(stream, TableFormat.Xlsx, headers.Select(h => new TableColumn(h, true)).ToList()).Value;
        return reader.Rows().Select(r => (IReadOnlyList<string?>)headers.Select((_, i) => reader.Cell(r, i)).ToList()).ToList();
    }
}
