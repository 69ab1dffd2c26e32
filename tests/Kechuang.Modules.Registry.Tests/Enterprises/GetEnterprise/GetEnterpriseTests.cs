using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Enterprises.GetEnterprise;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Enterprises.EnterpriseTestData;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises.GetEnterprise;

public sealed class GetEnterpriseTests
{
    private static async Task<Result<EnterpriseDetail>> GetAsync(TestDatabase database, Guid id, DataScope scope)
    {
        await using var services = database.CreateScope();
        return await services.ServiceProvider.GetRequiredService<Registry.Enterprises.GetEnterprise.GetEnterprise>()
            .ExecuteAsync(id, scope, CancellationToken.None);
    }

    [Theory, DatabaseData]
    public async Task Detail_ShowsFiguresQualificationsContractsFinanceAndPlatforms(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安秦创智能科技有限公司,610113,西安高新区,I6513,电子信息,2018-05-21,查账征收,是,科创板",
            $"{Uscc(2)},西安碑林新材料股份有限公司,610103,,,,,,,");
        var id = ids[Uscc(1)];
        var today = Today;
        await database.AddAsync((_, owners) =>
        {
            var owner = owners.For("610113");
            var fund = SubFund.Create(new SubFundValues("西安科技创新天使投资子基金", "西安投控基金管理有限公司", 50_000_000_000, 10_000_000_000,
                new DateOnly(2020, 6, 1), "610100"), owners.For("610100"), Stamp());
            return
            [
                EnterpriseYear.Create(id, "610113", owner, new EnterpriseYearValues(Uscc(1), 2024, 120, 45, 8_650_000_000, 9_000_000_000,
                    7_000_000_000, 720_000_000, 700_000_000, 6_000_000_000, 15_000_000_000, 9_000_000_000, 6, 21), Stamp()),
                EnterpriseYear.Create(id, "610113", owner, new EnterpriseYearValues(Uscc(1), 2023, 98, 30, 5_000_000_000, null,
                    null, 400_000_000, null, null, null, null, 4, 12), Stamp()),
                Certificate(id, "610113", owners, "GR202361001234", today.AddYears(-1)),
                Certificate(id, "610113", owners, "GR202061000567", today.AddYears(-4)),
                TechSme(id, "610113", owners, $"{today.Year}610113A0001234", today.Year),
                GrowthRecognition.Create(id, "610113", owner, new GrowthRecognitionValues(Uscc(1), GrowthKind.Gazelle, today.Year - 1,
                    RecognitionLevel.Municipal), Stamp()),
                PoolMembership.Create(id, "610113", owner, new PoolMembershipValues(Uscc(1), today.AddYears(-2), "研发投入强度达标",
                    today.AddYears(-1), "已认定为高新技术企业"), Stamp()),
                TechContract.Create(new TechContractValues("2024610113000123", new DateOnly(2024, 7, 8), "西安市技术市场", ContractType.Development,
                    null, "工业视觉检测算法开发", "西安秦创智能科技有限公司", Uscc(1), "610113", "陕西某汽车零部件有限公司", null, "610400",
                    150_000_000, 120_000_000, TechField.ElectronicInformation), id, null, owner, Stamp()),
                TechContract.Create(new TechContractValues("2024610103000456", new DateOnly(2024, 9, 1), "西安市技术市场", ContractType.Service,
                    null, "数据平台技术服务", "西安碑林新材料股份有限公司", Uscc(2), "610103", "西安秦创智能科技有限公司", Uscc(1), "610113",
                    30_000_000, 30_000_000, null), ids[Uscc(2)], null, owners.For("610103"), Stamp()),
                TechLoan.Create(new TechLoanValues("西安银行", "XAB-2024-KJD-0088", Uscc(1), "西安秦创智能科技有限公司", "科技e贷", 500_000_000,
                    new DateOnly(2024, 3, 15), 12, "610113"), id, owner, Stamp()),
                fund,
                FundInvestment.Create(fund.Id, new FundInvestmentValues(fund.Name, Uscc(1), "西安秦创智能科技有限公司", 300_000_000,
                    new DateOnly(2024, 5, 20), "610113"), id, owner, Stamp()),
                InnovationPlatform.Create(new PlatformValues(PlatformKind.EngineeringCenter, "陕西省工业视觉工程技术研究中心", RecognitionLevel.Provincial,
                    "西安秦创智能科技有限公司", Uscc(1), "610113", new DateOnly(2022, 12, 1), PlatformStatus.Active), owner, Stamp()),
            ];
        });

        var result = await GetAsync(database, id, All);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var d = result.Value;
        Assert.Equal("西安秦创智能科技有限公司", d.Name);
        Assert.Equal("雁塔区", d.RegionName);
        Assert.Equal("西安高新区", d.ZoneName);
        Assert.Equal("科创板", d.ListingLabel);
        Assert.Equal([2024, 2023], d.Years.Select(y => y.Year));
        Assert.Equal(8_650_000_000, d.Years[0].SalesRevenueFen);
        Assert.Equal(["有效", "已过期"], d.HighTechCertificates.Select(c => c.Status));
        Assert.Single(d.TechSmeRegistrations);
        Assert.Equal("瞪羚企业", Assert.Single(d.GrowthRecognitions).KindLabel);
        Assert.False(Assert.Single(d.PoolMemberships).MemberToday);
        Assert.Equal(2, d.Contracts.Count);
        Assert.Equal(180_000_000, d.Contracts.ContractAmountFen);
        Assert.Equal(150_000_000, d.Contracts.TechTransactionAmountFen);
        Assert.Equal(["买方", "卖方"], d.Contracts.Latest.Select(c => c.Role));
        Assert.Equal("西安碑林新材料股份有限公司", d.Contracts.Latest[0].Counterparty);
        Assert.Equal("科技e贷", Assert.Single(d.Loans).Product);
        Assert.Equal("西安科技创新天使投资子基金", Assert.Single(d.Investments).FundName);
        Assert.Equal("陕西省工业视觉工程技术研究中心", Assert.Single(d.Platforms).Name);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_GetsNotFoundForAnotherDistrictsEnterprise(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.CreateBureausAsync();
        var ids = await database.ImportEnterprisesAsync(
            $"{Uscc(1)},西安秦创智能科技有限公司,雁塔区,,,,,,,",
            $"{Uscc(2)},西安碑林新材料股份有限公司,碑林区,,,,,,,");

        var own = await GetAsync(database, ids[Uscc(1)], bureaus.YantaScope);
        var other = await GetAsync(database, ids[Uscc(2)], bureaus.YantaScope);
        var missing = await GetAsync(database, Guid.CreateVersion7(), All);

        Assert.True(own.IsSuccess);
        Assert.False(other.IsSuccess);
        Assert.Equal(ErrorKind.NotFound, other.Error.Kind);
        Assert.Equal(ErrorKind.NotFound, missing.Error!.Kind);
    }
}
