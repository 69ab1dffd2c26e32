using Kechuang.Modules.Registry.Finance.ListRoadshows;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Finance.ImportRoadshows;

public sealed class RoadshowImportTests
{
    private const string Header = "路演名称,举办日期,主办单位,所在区县,参与企业,参与投资机构,意向投资额";

    [Theory, DatabaseData]
    public async Task Participants_AreSplitOnEitherSeparator_AndReimportChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CsvFile(Header,
            "2025 年硬科技企业专场路演（第 3 期）,2025-03-18,西安市科学技术局,雁塔区,西安秦创智能科技有限公司、西安雁塔光电有限公司； 西安碑林数控设备有限公司,西安秦创投资管理有限公司；陕西金控科技投资有限公司,3000",
            ",2025-03-18,西安市科学技术局,,,,");

        var first = await database.ImportAsync("roadshows", file);
        var again = await database.ImportAsync("roadshows", file);

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), first.Value.Counts);
        Assert.Contains("【路演名称】必填", Assert.Single(first.Value.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(new ImportCounts(2, 0, 0, 1, 1), again.Value.Counts);
        await using var scope = database.CreateScope();
        var listed = await scope.ServiceProvider.GetRequiredService<ListRoadshows>()
            .ExecuteAsync(Everything, null, null, "硬科技", new PageRequest(), CancellationToken.None);
        var roadshow = Assert.Single(listed.Items);
        Assert.Equal(["西安秦创智能科技有限公司", "西安雁塔光电有限公司", "西安碑林数控设备有限公司"], roadshow.Enterprises);
        Assert.Equal(["西安秦创投资管理有限公司", "陕西金控科技投资有限公司"], roadshow.Investors);
        Assert.Equal((Yanta, Wan(3000)), (roadshow.RegionCode, roadshow.IntendedInvestmentFen));
    }
}
