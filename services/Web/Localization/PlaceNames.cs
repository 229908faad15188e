using System.Globalization;
using SupplierDD.Standards.Countries;

namespace SupplierDD.Web.Localization;

/// <summary>
/// Country and region names in the user's language: ISO's names in English, the Chinese names in zh-CN
/// (新疆维吾尔自治区, not "Xinjiang Uygur Zizhiqu"). Codes stay as they are everywhere: they are what filters and
/// imports use.
/// </summary>
public static class PlaceNames
{
    static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Country(Country country) => (Chinese ? ChineseNames.OfCountry(country.Code) : null) ?? country.Name;

    /// <summary>The name of country <paramref name="alpha2"/>, or the code itself when the standard does not know it.</summary>
    public static string Country(string? alpha2) => Iso3166.FindCountry(alpha2) is { } country ? Country(country) : alpha2 ?? "";

    public static string Region(Region region) => (Chinese ? ChineseNames.OfRegion(region.Code) : null) ?? region.Name;

    /// <summary>The name of region <paramref name="code"/>, or the code itself when the standard does not know it.</summary>
    public static string Region(string? code) => Iso3166.FindRegion(code) is { } region ? Region(region) : code ?? "";

    /// <summary>Every country for a picker: in English by code (as ISO lists them), in Chinese by pinyin of the name.</summary>
    public static IEnumerable<Country> Countries() => Chinese
        ? Iso3166.Countries.OrderBy(Country, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: false))
        : Iso3166.Countries;
}
