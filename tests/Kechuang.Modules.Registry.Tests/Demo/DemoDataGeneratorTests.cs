using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Demo;
using Kechuang.Platform.Codes;

namespace Kechuang.Modules.Registry.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void SameSeedAndScale_GiveIdenticalData()
    {
        var first = new DemoDataGenerator(2021, 2_000, AsOf);
        var second = new DemoDataGenerator(2021, 2_000, AsOf);

        Assert.Equal(first.Enterprises.Take(100).Select(e => e.Values.Uscc), second.Enterprises.Take(100).Select(e => e.Values.Uscc));
        Assert.Equal(first.Enterprises.Take(100).Select(e => e.Values.Name), second.Enterprises.Take(100).Select(e => e.Values.Name));
        Assert.Equal(first.Enterprises.Select(e => e.Values), second.Enterprises.Select(e => e.Values));
        Assert.Equal(first.Contracts().Take(500).Select(c => c.Values), second.Contracts().Take(500).Select(c => c.Values));
        Assert.Equal(first.Talents().Select(t => t.IdentityNumber), second.Talents().Select(t => t.IdentityNumber));
        Assert.Equal(first.YearsOf(first.Enterprises[7]), second.YearsOf(second.Enterprises[7]));
        // Asking for one kind of record does not shift another's.
        Assert.Equal(first.Certificates().Select(c => c.Values), new DemoDataGenerator(2021, 2_000, AsOf).Certificates().Select(c => c.Values));
    }

    [Fact]
    public void DifferentSeed_GivesDifferentData()
    {
        var first = new DemoDataGenerator(2021, 500, AsOf);
        var other = new DemoDataGenerator(2022, 500, AsOf);

        Assert.NotEqual(first.Enterprises.Take(100).Select(e => e.Values.Uscc), other.Enterprises.Take(100).Select(e => e.Values.Uscc));
        Assert.NotEqual(first.Enterprises.Take(100).Select(e => e.Values.Name), other.Enterprises.Take(100).Select(e => e.Values.Name));
    }

    [Fact]
    public void EveryUscc_IsValidUniqueAndCarriesTheDistrict()
    {
        var data = new DemoDataGenerator(7, 20_000, AsOf);

        Assert.All(data.Enterprises, e =>
        {
            Assert.True(Uscc.IsValid(e.Values.Uscc), e.Values.Uscc);
            Assert.StartsWith("91" + e.Values.RegionCode, e.Values.Uscc, StringComparison.Ordinal);
        });
        Assert.Equal(data.Enterprises.Count, data.Enterprises.Select(e => e.Values.Uscc).Distinct().Count());
        Assert.True(data.Enterprises.Count(e => e.Values.RegionCode == "610113") > data.Enterprises.Count(e => e.Values.RegionCode == "610112"),
            "雁塔区 (高新区) has the most enterprises");
        Assert.Equal(13, data.Enterprises.Select(e => e.Values.RegionCode).Distinct().Count());
    }

    [Fact]
    public void Names_AreUniqueAndShapedLikeXianEnterprises()
    {
        var data = new DemoDataGenerator(2021, 50_000, AsOf);

        var names = data.Enterprises.Select(e => e.Values.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^西安.{2,3}.+(有限公司|股份有限公司)$", n));
        Assert.Contains(names, n => n.Contains("股份有限公司", StringComparison.Ordinal));
        Assert.All(data.Enterprises, e => Assert.True(IndustryCode.Normalize(e.Values.IndustryCode).IsSuccess, e.Values.IndustryCode));
    }

    [Fact]
    public void EveryTalentIdNumber_IsValid()
    {
        var data = new DemoDataGenerator(2021, 20_000, AsOf);

        var talents = data.Talents().ToList();
        Assert.Equal(1_000, talents.Count);
        Assert.All(talents, t =>
        {
            Assert.Null(ResidentIdNumber.Validate(t.IdentityNumber));
            Assert.StartsWith("61", t.IdentityNumber, StringComparison.Ordinal);
            Assert.InRange(int.Parse(t.IdentityNumber.AsSpan(6, 4), System.Globalization.CultureInfo.InvariantCulture), 1960, 1998);
        });
        Assert.Equal(talents.Count, talents.Select(t => t.IdentityNumber).Distinct().Count());
        Assert.Equal(3, talents.Select(t => t.Kind).Distinct().Count());
    }

    [Fact]
    public void Contracts_PeakInDecember_EveryMonthHasSome_AndTechnologyNeverExceedsTheAmount()
    {
        var data = new DemoDataGenerator(2021, 10_000, AsOf);

        var contracts = data.Contracts().Select(c => c.Values).ToList();
        Assert.Equal(20_000, contracts.Count);
        foreach (var year in data.FigureYears)
        {
            var ofYear = contracts.Where(c => c.RegisteredOn.Year == year).ToList();
            Assert.Equal(12, ofYear.Select(c => c.RegisteredOn.Month).Distinct().Count());
            var december = ofYear.Count(c => c.RegisteredOn.Month == 12) / (double)ofYear.Count;
            Assert.InRange(december, 0.21, 0.29);
        }
        Assert.DoesNotContain(contracts, c => c.RegisteredOn >= new DateOnly(AsOf.Year, AsOf.Month, 1));
        Assert.All(contracts, c => Assert.InRange(c.TechTransactionAmountFen, 1, c.ContractAmountFen));
        Assert.True(contracts.Count(c => c.SellerRegionCode.StartsWith("6101", StringComparison.Ordinal)) > 0.95 * contracts.Count);
        Assert.True(contracts.Count(c => !c.BuyerRegionCode.StartsWith("6101", StringComparison.Ordinal)) > 0.4 * contracts.Count);
        Assert.Equal(contracts.Count, contracts.Select(c => c.RegistrationNumber).Distinct().Count());
    }

    [Fact]
    public void Registries_AreSizedFromTheScale()
    {
        var data = new DemoDataGenerator(2021, 10_000, AsOf);
        var n = data.Scale;

        var certified = data.Certificates().Select(c => c.Enterprise).Distinct().Count();
        Assert.InRange(certified, 0.17 * n, 0.23 * n);
        var certificates = data.Certificates().ToList();
        Assert.Contains(certificates, c => c.Values.RevokedOn is not null);
        Assert.All(certificates, c => Assert.Matches("^GR20[0-9]{2}61[0-9]{6}$", c.Values.CertificateNumber));
        Assert.Equal(certificates.Count, certificates.Select(c => c.Values.CertificateNumber).Distinct().Count());
        foreach (var year in data.FigureYears)
        {
            Assert.InRange(data.TechSmes().Count(r => r.Values.Year == year), 0.28 * n, 0.40 * n);
        }
        Assert.InRange(data.Pool().Count(), 0.04 * n, 0.06 * n);
        Assert.Contains(data.Growth(), g => g.Values.Kind == Kechuang.Modules.Registry.Qualifications.GrowthKind.Unicorn);
        Assert.InRange(data.Growth().Count(g => g.Values.Kind == Kechuang.Modules.Registry.Qualifications.GrowthKind.Gazelle), 0.005 * n, 0.05 * n);
        Assert.Equal(n / 10, data.Loans().Count());
        Assert.Equal(200, data.Platforms().Select(p => (p.Values.Kind, p.Values.Level, p.Values.Name)).Distinct().Count());
        Assert.Equal(Enum.GetValues<ActivityKind>().Length, data.Activities().Select(a => a.Kind).Distinct().Count());
        Assert.Equal(10, data.Funds().Count(f => f.Investments.Count > 0));
        Assert.Equal(10, data.Roadshows().Count());
        Assert.All(data.Enterprises.Take(200), e => Assert.Equal(data.FigureYears, data.YearsOf(e).Select(y => y.Year)));
    }

    [Fact]
    public void SmallScales_StillHaveTheMinimumCounts()
    {
        var data = new DemoDataGenerator(2021, 300, AsOf);

        Assert.Equal(20, data.Platforms().Count());
        Assert.Equal(20, data.Activities().Count());
        Assert.Equal(10, data.Funds().Count());
    }
}
