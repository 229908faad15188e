namespace SupplierDD.Standards.Countries;

/// <summary>An ISO 3166-2 subdivision of a country.</summary>
/// <param name="Code">ISO 3166-2 code, upper case, e.g. "CN-XJ".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country it belongs to, e.g. "CN".</param>
/// <param name="Name">Subdivision name as ISO publishes it (romanised local name), e.g. "Xinjiang Uygur Zizhiqu".</param>
/// <param name="Category">
/// Subdivision category, e.g. "autonomous region"; only Chinese subdivisions carry one, for the others it is "".
/// </param>
public sealed record Region(string Code, string CountryCode, string Name, string Category);
