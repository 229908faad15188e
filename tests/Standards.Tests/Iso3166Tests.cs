using SupplierDD.Standards.Countries;

namespace SupplierDD.Standards.Tests;

public sealed class Iso3166Tests
{
    private static readonly string[] ChineseProvincialCodes =
    [
        "CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX", "CN-GZ", "CN-HA", "CN-HB", "CN-HE", "CN-HI",
        "CN-HK", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX", "CN-LN", "CN-MO", "CN-NM", "CN-NX", "CN-QH", "CN-SC",
        "CN-SD", "CN-SH", "CN-SN", "CN-SX", "CN-TJ", "CN-TW", "CN-XJ", "CN-XZ", "CN-YN", "CN-ZJ",
    ];

    public static TheoryData<string> ChineseProvincialDivisions => [.. ChineseProvincialCodes];

    // GB/T 2260 province codes that ISO 3166-2:CN used before its 2017 change to letters.
    public static TheoryData<string, string> LegacyNumericCodes => new()
    {
        { "CN-11", "CN-BJ" }, { "CN-12", "CN-TJ" }, { "CN-13", "CN-HE" }, { "CN-14", "CN-SX" }, { "CN-15", "CN-NM" },
        { "CN-21", "CN-LN" }, { "CN-22", "CN-JL" }, { "CN-23", "CN-HL" }, { "CN-31", "CN-SH" }, { "CN-32", "CN-JS" },
        { "CN-33", "CN-ZJ" }, { "CN-34", "CN-AH" }, { "CN-35", "CN-FJ" }, { "CN-36", "CN-JX" }, { "CN-37", "CN-SD" },
        { "CN-41", "CN-HA" }, { "CN-42", "CN-HB" }, { "CN-43", "CN-HN" }, { "CN-44", "CN-GD" }, { "CN-45", "CN-GX" },
        { "CN-46", "CN-HI" }, { "CN-50", "CN-CQ" }, { "CN-51", "CN-SC" }, { "CN-52", "CN-GZ" }, { "CN-53", "CN-YN" },
        { "CN-54", "CN-XZ" }, { "CN-61", "CN-SN" }, { "CN-62", "CN-GS" }, { "CN-63", "CN-QH" }, { "CN-64", "CN-NX" },
        { "CN-65", "CN-XJ" }, { "CN-71", "CN-TW" }, { "CN-91", "CN-HK" }, { "CN-92", "CN-MO" },
    };

    [Fact]
    public void Countries_AssignedCodes_Number249()
    {
        Assert.Equal(249, Iso3166.Countries.Count);
        Assert.Equal(249, Iso3166.Countries.Select(country => country.Code).Distinct().Count());
    }

    [Fact]
    public void Countries_Kosovo_IsNotIncludedBecauseXkIsNotIso()
    {
        Assert.False(Iso3166.IsCountry("XK"));
    }

    [Fact]
    public void FindCountry_LowerCaseCode_ReturnsCountryWithUpperCaseCode()
    {
        Assert.Equal(new Country("CN", "China"), Iso3166.FindCountry("cn"));
    }

    [Fact]
    public void FindCountry_NameWithCommaInCsv_IsReadWhole()
    {
        Assert.Equal("Korea, Republic of", Iso3166.FindCountry("KR")?.Name);
    }

    [Theory]
    [InlineData(" de ", "DE")]
    [InlineData("tw", "TW")]
    [InlineData("Hk", "HK")]
    public void NormalizeCountry_KnownCode_ReturnsTrimmedUpperCase(string input, string expected)
    {
        Assert.Equal(expected, Iso3166.NormalizeCountry(input));
        Assert.True(Iso3166.IsCountry(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZZ")]
    [InlineData("CHN")]
    public void NormalizeCountry_UnknownCode_ReturnsNull(string? input)
    {
        Assert.Null(Iso3166.NormalizeCountry(input));
        Assert.False(Iso3166.IsCountry(input));
        Assert.Null(Iso3166.FindCountry(input));
    }

    [Theory]
    [MemberData(nameof(ChineseProvincialDivisions))]
    public void FindRegion_EveryChineseProvincialDivision_IsPresent(string code)
    {
        var region = Iso3166.FindRegion(code);

        Assert.NotNull(region);
        Assert.Equal(code, region.Code);
        Assert.Equal("CN", region.CountryCode);
        Assert.NotEqual("", region.Category);
    }

    [Fact]
    public void RegionsOf_China_ReturnsExactlyThe34ProvincialDivisions()
    {
        var codes = Iso3166.RegionsOf("cn").Select(region => region.Code);

        Assert.Equal(ChineseProvincialCodes.Order(), codes.Order());
    }

    [Fact]
    public void FindRegion_Xinjiang_HasIsoNameAndCategory()
    {
        Assert.Equal(new Region("CN-XJ", "CN", "Xinjiang Uygur Zizhiqu", "autonomous region"), Iso3166.FindRegion("cn-xj"));
    }

    [Theory]
    [InlineData("CN-BJ", "municipality")]
    [InlineData("CN-JS", "province")]
    [InlineData("CN-HK", "special administrative region")]
    public void FindRegion_ChineseRegion_HasCategoryFromItsIsoName(string code, string category)
    {
        Assert.Equal(category, Iso3166.FindRegion(code)?.Category);
    }

    [Theory]
    [MemberData(nameof(LegacyNumericCodes))]
    public void FindRegion_PreIso2017NumericChineseCode_ReturnsCurrentRegion(string legacy, string current)
    {
        Assert.Equal(current, Iso3166.FindRegion(legacy)?.Code);
        Assert.Equal(current, Iso3166.NormalizeRegion(legacy.ToLowerInvariant()));
        Assert.True(Iso3166.IsRegion(legacy));
    }

    [Theory]
    [InlineData("DE-BY", "DE", "Bayern")]
    [InlineData("us-ca", "US", "California")]
    [InlineData("GB-ENG", "GB", "England")]
    [InlineData("FR-IDF", "FR", "Île-de-France")]
    public void FindRegion_RegionOfAnotherCountry_CarriesItsCountryCode(string code, string country, string name)
    {
        var region = Iso3166.FindRegion(code);

        Assert.NotNull(region);
        Assert.Equal(country, region.CountryCode);
        Assert.Equal(name, region.Name);
        Assert.True(Iso3166.IsCountry(region.CountryCode));
    }

    [Fact]
    public void Regions_EveryRegion_BelongsToAKnownCountry()
    {
        Assert.All(Iso3166.Regions, region => Assert.True(Iso3166.IsCountry(region.CountryCode), region.Code));
        Assert.True(Iso3166.Regions.Count > 5000);
    }

    [Theory]
    [InlineData(" cn-js ", "CN-JS")]
    [InlineData("CN-XJ", "CN-XJ")]
    public void NormalizeRegion_CurrentCode_ReturnsTrimmedUpperCase(string input, string expected)
    {
        Assert.Equal(expected, Iso3166.NormalizeRegion(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CN-99")]
    [InlineData("CN")]
    [InlineData("XJ")]
    public void FindRegion_UnknownCode_ReturnsNull(string? code)
    {
        Assert.Null(Iso3166.FindRegion(code));
        Assert.Null(Iso3166.NormalizeRegion(code));
        Assert.False(Iso3166.IsRegion(code));
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("AQ")]
    public void RegionsOf_UnknownCountryOrOneWithoutSubdivisions_ReturnsEmpty(string country)
    {
        Assert.Empty(Iso3166.RegionsOf(country));
    }
}
