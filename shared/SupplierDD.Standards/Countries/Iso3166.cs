namespace SupplierDD.Standards.Countries;

/// <summary>
/// ISO 3166-1 countries and ISO 3166-2 subdivisions, from the iso-3166 npm package (see Countries/SOURCES.md).
/// </summary>
/// <remarks>All look-ups trim their input and ignore case. The tables load on first use.</remarks>
public static class Iso3166
{
    /// <summary>All assigned ISO 3166-1 countries, ordered by code.</summary>
    public static IReadOnlyList<Country> Countries => Iso3166Data.Instance.Countries;

    /// <summary>All ISO 3166-2 subdivisions, ordered by code.</summary>
    public static IReadOnlyList<Region> Regions => Iso3166Data.Instance.Regions;

    /// <summary>Whether <paramref name="alpha2"/> is an assigned ISO 3166-1 alpha-2 code.</summary>
    /// <param name="alpha2">A code such as "cn" or "CN".</param>
    public static bool IsCountry(string? alpha2) => FindCountry(alpha2) is not null;

    /// <summary>The country with code <paramref name="alpha2"/>, or null.</summary>
    /// <param name="alpha2">A code such as "cn" or "CN".</param>
    public static Country? FindCountry(string? alpha2) =>
        alpha2 is not null && Iso3166Data.Instance.CountriesByCode.TryGetValue(alpha2.Trim(), out var country) ? country : null;

    /// <summary>The upper-case code of the country, or null when <paramref name="alpha2"/> is not a country.</summary>
    /// <param name="alpha2">A code such as " cn ".</param>
    public static string? NormalizeCountry(string? alpha2) => FindCountry(alpha2)?.Code;

    /// <summary>Whether <paramref name="code"/> is a current ISO 3166-2 code or a pre-2017 Chinese numeric one.</summary>
    /// <param name="code">A code such as "CN-XJ" or "CN-65".</param>
    public static bool IsRegion(string? code) => FindRegion(code) is not null;

    /// <summary>
    /// The subdivision with code <paramref name="code"/>; China's pre-2017 numeric codes (e.g. "CN-65") give the current region ("CN-XJ").
    /// </summary>
    /// <param name="code">A code such as "cn-xj" or "CN-65".</param>
    public static Region? FindRegion(string? code)
    {
        if (code is null)
            return null;

        var trimmed = code.Trim();
        var regions = Iso3166Data.Instance.RegionsByCode;
        if (regions.TryGetValue(trimmed, out var region))
            return region;
        return ChineseLegacyRegionCodes.ToCurrent.TryGetValue(trimmed, out var current) ? regions[current] : null;
    }

    /// <summary>The current upper-case code of the subdivision, or null when <paramref name="code"/> is unknown.</summary>
    /// <param name="code">A code such as "cn-65" or "CN-XJ".</param>
    public static string? NormalizeRegion(string? code) => FindRegion(code)?.Code;

    /// <summary>The subdivisions of a country, ordered by code; empty for an unknown country or one without subdivisions.</summary>
    /// <param name="countryAlpha2">A code such as "CN" (case-insensitive).</param>
    public static IReadOnlyList<Region> RegionsOf(string countryAlpha2)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha2);
        return Iso3166Data.Instance.RegionsByCountry.TryGetValue(countryAlpha2.Trim(), out var regions) ? regions : [];
    }
}
