using SupplierDD.Standards.Countries;

namespace SupplierDD.Web.Tests.Unit;

public sealed class ChineseNamesTests
{
    [Fact]
    public void EveryChineseProvincialDivision_HasItsOfficialChineseName()
    {
        var regions = Iso3166.RegionsOf("CN");

        Assert.Equal(34, regions.Count);
        Assert.All(regions, r => Assert.False(string.IsNullOrWhiteSpace(ChineseNames.OfRegion(r.Code)), r.Code));
        Assert.Equal("新疆维吾尔自治区", ChineseNames.OfRegion("CN-XJ"));
        Assert.Equal("新疆维吾尔自治区", ChineseNames.OfRegion("cn-65"));
        Assert.Equal("内蒙古自治区", ChineseNames.OfRegion("CN-NM"));
        Assert.Equal("香港特别行政区", ChineseNames.OfRegion("CN-HK"));
        Assert.Equal("澳门特别行政区", ChineseNames.OfRegion("CN-MO"));
        Assert.Equal("台湾省", ChineseNames.OfRegion("CN-TW"));
        Assert.Equal(34, regions.Select(r => ChineseNames.OfRegion(r.Code)).Distinct().Count());
    }

    [Fact]
    public void EveryIsoCountry_HasAChineseName()
    {
        Assert.All(Iso3166.Countries, c => Assert.False(string.IsNullOrWhiteSpace(ChineseNames.OfCountry(c.Code)), c.Code));
        Assert.Equal(Iso3166.Countries.Count, Iso3166.Countries.Select(c => ChineseNames.OfCountry(c.Code)).Distinct().Count());
        Assert.Equal("中国", ChineseNames.OfCountry("CN"));
        Assert.Equal("越南", ChineseNames.OfCountry("vn"));
        Assert.Null(ChineseNames.OfCountry("XX"));
    }
}
