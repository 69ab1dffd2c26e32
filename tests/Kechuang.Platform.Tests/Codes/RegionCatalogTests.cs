using Kechuang.Platform.Codes;

namespace Kechuang.Platform.Tests.Codes;

public sealed class RegionCatalogTests
{
    [Theory]
    [InlineData("610000", "陕西省", RegionLevel.Province, null)]
    [InlineData("610100", "西安市", RegionLevel.Prefecture, "610000")]
    [InlineData("610113", "雁塔区", RegionLevel.County, "610100")]
    [InlineData("110101", "东城区", RegionLevel.County, "110100")]
    [InlineData("110100", "市辖区", RegionLevel.Prefecture, "110000")]
    [InlineData("440300", "深圳市", RegionLevel.Prefecture, "440000")]
    [InlineData("429004", "仙桃市", RegionLevel.County, "429000")]
    [InlineData("810000", "香港特别行政区", RegionLevel.Province, null)]
    public void KnownCodes_AreFoundWithNameLevelAndParent(string code, string name, RegionLevel level, string? parent)
    {
        var region = RegionCatalog.Find(code);

        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(level, region.Level);
        Assert.Equal(parent, region.ParentCode);
    }

    [Fact]
    public void XiAn_HasItsElevenDistrictsAndTwoCounties()
    {
        var children = RegionCatalog.ChildrenOf("610100").Select(r => $"{r.Code} {r.Name}");

        Assert.Equal(
        [
            "610102 新城区", "610103 碑林区", "610104 莲湖区", "610111 灞桥区", "610112 未央区", "610113 雁塔区",
            "610114 阎良区", "610115 临潼区", "610116 长安区", "610117 高陵区", "610118 鄠邑区", "610122 蓝田县",
            "610124 周至县",
        ], children);
    }

    [Fact]
    public void Levels_HavePlausibleCounts()
    {
        var provinces = RegionCatalog.ChildrenOf(null);
        var counts = RegionCatalog.All.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(34, provinces.Count);
        Assert.Equal(provinces.Count, counts[RegionLevel.Province]);
        Assert.Contains(provinces, p => p.Code == "710000");
        Assert.Contains(provinces, p => p.Code == "820000");
        Assert.InRange(counts[RegionLevel.Prefecture], 300, 400);
        Assert.InRange(counts[RegionLevel.County], 2800, 3000);
        Assert.All(RegionCatalog.All, r => Assert.True(RegionCode.IsValid(r.Code), r.Code));
        Assert.All(RegionCatalog.All.Where(r => r.ParentCode is not null), r => Assert.True(RegionCatalog.IsKnown(r.ParentCode!)));
    }

    [Fact]
    public void MunicipalityPlaceholders_AreMarked()
    {
        Assert.True(RegionCatalog.IsPlaceholder(RegionCatalog.Find("110100")!));
        Assert.True(RegionCatalog.IsPlaceholder(RegionCatalog.Find("500200")!));
        Assert.True(RegionCatalog.IsPlaceholder(RegionCatalog.Find("429000")!));
        Assert.False(RegionCatalog.IsPlaceholder(RegionCatalog.Find("610100")!));
    }

    [Fact]
    public void StatisticsOnlyDevelopmentZones_AreNotRegions()
    {
        Assert.False(RegionCatalog.IsKnown("130171")); // 石家庄高新技术产业开发区 in the statistics code table only
        Assert.DoesNotContain(RegionCatalog.All, r => r.Name.EndsWith("开发区", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("610113", "陕西省西安市雁塔区")]
    [InlineData("610000", "陕西省")]
    [InlineData("610100", "陕西省西安市")]
    [InlineData("110101", "北京市东城区")]
    [InlineData("500235", "重庆市云阳县")]
    [InlineData("429004", "湖北省仙桃市")]
    public void FullNameOf_JoinsTheLevelsLeavingOutPlaceholders(string code, string fullName) =>
        Assert.Equal(fullName, RegionCatalog.FullNameOf(code));

    [Theory]
    [InlineData("雁塔区", "610100", "610113")]
    [InlineData("雁塔区", null, "610113")]
    [InlineData("周至县", "610000", "610124")]
    [InlineData("陕西省西安市雁塔区", null, "610113")]
    [InlineData("陕西省 西安市 雁塔区", null, "610113")]
    [InlineData("西安市雁塔区", "610000", "610113")]
    [InlineData("北京市朝阳区", null, "110105")]
    [InlineData("朝阳区", "110000", "110105")]
    [InlineData("陕西省", null, "610000")]
    public void FindByName_ResolvesShortAndFullNames(string name, string? within, string code) =>
        Assert.Equal(code, RegionCatalog.FindByName(name, within)?.Code);

    [Theory]
    [InlineData("朝阳区", null)] // 北京市 and 长春市 both have one
    [InlineData("雁塔区", "110000")]
    [InlineData("陕西省西安市曲江新区", null)]
    [InlineData("", null)]
    [InlineData("新城区", "619900")]
    public void FindByName_ReturnsNullWhenAbsentOrAmbiguous(string name, string? within) =>
        Assert.Null(RegionCatalog.FindByName(name, within));

    [Fact]
    public void UnknownAndMalformedCodes_AreNotFound()
    {
        Assert.Null(RegionCatalog.Find("610199"));
        Assert.Null(RegionCatalog.NameOf("abc"));
        Assert.Null(RegionCatalog.FullNameOf("610199"));
        Assert.Empty(RegionCatalog.ChildrenOf("610113"));
    }

    [Fact]
    public void ValidateKnown_RefusesWellFormedCodesOutsideTheTable()
    {
        Assert.Null(RegionCode.ValidateKnown("610113"));
        Assert.Equal("region-code-unknown", RegionCode.ValidateKnown("610199")?.Code);
        Assert.Equal("行政区划代码“610199”不在 GB/T 2260 代码表中。", RegionCode.ValidateKnown("610199")!.Message);
        Assert.Equal("region-code-format", RegionCode.ValidateKnown("6101")?.Code);
    }

    [Fact]
    public void ConcurrentFirstUse_LoadsOneTable()
    {
        var tables = Enumerable.Range(0, 8).AsParallel().Select(_ => RegionCatalog.All).Distinct().Count();

        Assert.Equal(1, tables);
    }
}
