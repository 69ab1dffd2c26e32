using Kechuang.Modules.Registry.Finance.ListLoans;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.Finance.ImportTechLoans.TechLoanImportTests;

namespace Kechuang.Modules.Registry.Tests.Finance.ListLoans;

public sealed class ListLoansTests
{
    [Theory, DatabaseData]
    public async Task Summary_CountsDistinctBorrowersAndTheAmountOfTheFilteredLoans(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await using var scope = database.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<Registry.Finance.ListLoans.ListLoans>();

        var all = await list.SummaryAsync(Everything, new LoanFilter(), CancellationToken.None);
        var yanta = await list.SummaryAsync(Everything, new LoanFilter(RegionCode: Yanta), CancellationToken.None);
        var ccbSpring = LoanFilter.Parse("2025-01-01", "2025-04-30", "建设银行", null).Value;
        var spring = await list.ExecuteAsync(Everything, ccbSpring, new PageRequest(), CancellationToken.None);

        Assert.Equal(new LoanSummary(4, 3, Wan(5880)), all);
        Assert.Equal(new LoanSummary(3, 2, Wan(880)), yanta);
        Assert.Equal(["JH2025001"], spring.Items.Select(l => l.LoanNumber));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsLoans(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        await SeedAsync(database);
        await using var scope = database.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<Registry.Finance.ListLoans.ListLoans>();

        var rows = await list.ExecuteAsync(bureaus.YantaUser, new LoanFilter(), new PageRequest(), CancellationToken.None);
        var summary = await list.SummaryAsync(bureaus.YantaUser, new LoanFilter(RegionCode: Beilin), CancellationToken.None);

        Assert.Equal(3, rows.Items.Count);
        Assert.All(rows.Items, l => Assert.Equal(Yanta, l.RegionCode));
        Assert.Equal(new LoanSummary(0, 0, 0), summary);
    }
}
