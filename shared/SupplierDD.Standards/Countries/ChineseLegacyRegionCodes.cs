namespace SupplierDD.Standards.Countries;

/// <summary>
/// ISO 3166-2:CN used the GB/T 2260 numeric province codes until 2017; older supplier records still carry them.
/// </summary>
internal static class ChineseLegacyRegionCodes
{
    /// <summary>Pre-2017 code (e.g. "CN-65") to current code (e.g. "CN-XJ").</summary>
    public static IReadOnlyDictionary<string, string> ToCurrent { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CN-11"] = "CN-BJ", ["CN-12"] = "CN-TJ", ["CN-13"] = "CN-HE", ["CN-14"] = "CN-SX", ["CN-15"] = "CN-NM",
        ["CN-21"] = "CN-LN", ["CN-22"] = "CN-JL", ["CN-23"] = "CN-HL",
        ["CN-31"] = "CN-SH", ["CN-32"] = "CN-JS", ["CN-33"] = "CN-ZJ", ["CN-34"] = "CN-AH", ["CN-35"] = "CN-FJ",
        ["CN-36"] = "CN-JX", ["CN-37"] = "CN-SD",
        ["CN-41"] = "CN-HA", ["CN-42"] = "CN-HB", ["CN-43"] = "CN-HN", ["CN-44"] = "CN-GD", ["CN-45"] = "CN-GX",
        ["CN-46"] = "CN-HI",
        ["CN-50"] = "CN-CQ", ["CN-51"] = "CN-SC", ["CN-52"] = "CN-GZ", ["CN-53"] = "CN-YN", ["CN-54"] = "CN-XZ",
        ["CN-61"] = "CN-SN", ["CN-62"] = "CN-GS", ["CN-63"] = "CN-QH", ["CN-64"] = "CN-NX", ["CN-65"] = "CN-XJ",
        ["CN-71"] = "CN-TW", ["CN-91"] = "CN-HK", ["CN-92"] = "CN-MO",
    };
}
