using Kechuang.Modules.Registry.Contracts;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Contracts.ContractFlows;

public sealed class ContractFlowsTests
{
    private static readonly DateOnly From = new(2025, 1, 1), To = new(2025, 12, 31);

    /// <summary>
    /// Expected totals over 2025 (bounds inclusive: C1 on 01-01 and C6 on 12-31 count, C7 and C8 do not), worked out
    /// contract by contract from <see cref="ContractsTestKit.FlowContracts"/>:
    /// 雁塔 outflow C1 C3 C6; inflow C2 C4 C6 C9; local C6; from outside C2 C4 C9.
    /// 西安 outflow C1 C2 C3 C6; inflow C1 C2 C4 C5 C6 C9; local C1 C2 C6 (雁塔→碑林 stays inside 西安); from outside C4 C5 C9.
    /// 陕西 outflow adds C9 (宝鸡 seller); local C1 C2 C6 C9; from outside only C4 C5 (宝鸡 is inside the province).
    /// </summary>
    public static TheoryData<DatabaseProvider, string, ContractFlow, int, decimal, decimal> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, ContractFlow, int, decimal, decimal>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            data.Add(provider, Yanta, ContractFlow.Outflow, 3, 450, 420);
            data.Add(provider, Yanta, ContractFlow.Inflow, 4, 710, 600);
            data.Add(provider, Yanta, ContractFlow.LocalToLocal, 1, 50, 40);
            data.Add(provider, Yanta, ContractFlow.InflowFromOutside, 3, 660, 560);
            data.Add(provider, "610100", ContractFlow.Outflow, 4, 650, 570);
            data.Add(provider, "610100", ContractFlow.Inflow, 6, 1310, 1080);
            data.Add(provider, "610100", ContractFlow.LocalToLocal, 3, 350, 270);
            data.Add(provider, "610100", ContractFlow.InflowFromOutside, 3, 960, 810);
            data.Add(provider, "610000", ContractFlow.Outflow, 5, 710, 630);
            data.Add(provider, "610000", ContractFlow.Inflow, 6, 1310, 1080);
            data.Add(provider, "610000", ContractFlow.LocalToLocal, 4, 410, 330);
            data.Add(provider, "610000", ContractFlow.InflowFromOutside, 2, 900, 750);
            data.Add(provider, Beilin, ContractFlow.InflowFromOutside, 2, 600, 480);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TotalOverAYear_CountsEachContractInTheRightDirections(DatabaseProvider provider, string region, ContractFlow flow,
        int contracts, decimal amountWan, decimal techWan)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts]));
        await using var scope = database.CreateScope();
        var flows = scope.ServiceProvider.GetRequiredService<Registry.Contracts.ContractFlows>();

        var total = await flows.TotalAsync(flow, region, From, To, CancellationToken.None);

        Assert.Equal(new ContractFlowTotal(contracts, Wan(amountWan), Wan(techWan)), total);
    }

    [Theory, DatabaseData]
    public async Task Monthly_GivesTwelveMonthsThatAddUpToTheYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportAsync("tech-contracts", CsvFile([Header, .. FlowContracts]));
        await using var scope = database.CreateScope();
        var flows = scope.ServiceProvider.GetRequiredService<Registry.Contracts.ContractFlows>();

        var months = await flows.MonthlyAsync(ContractFlow.Inflow, "610100", 2025, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 12), months.Select(m => m.Month));
        Assert.Equal([1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1], months.Select(m => m.Total.Contracts));
        Assert.Equal(Wan(400), months[2].Total.ContractAmountFen);
        Assert.Equal(Wan(40), months[11].Total.TechTransactionAmountFen);
        var year = await flows.TotalAsync(ContractFlow.Inflow, "610100", From, To, CancellationToken.None);
        Assert.Equal(year.ContractAmountFen, months.Sum(m => m.Total.ContractAmountFen));
        Assert.Equal(year.TechTransactionAmountFen, months.Sum(m => m.Total.TechTransactionAmountFen));
        var outflow = await flows.MonthlyAsync(ContractFlow.Outflow, Yanta, 2024, CancellationToken.None);
        var december = Assert.Single(outflow, m => m.Total.Contracts > 0);
        Assert.Equal((12, Wan(1000)), (december.Month, december.Total.ContractAmountFen));
    }
}
