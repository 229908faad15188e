using System.Globalization;
using Microsoft.Extensions.Options;
using SupplierDD.Standards.Countries;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// Which regions count as high-risk, and whether a supplier is in one: a supplier is high-risk when its own region
/// or the region of any of its facilities is listed, because goods made partly in such a region carry the presumption.
/// </summary>
public sealed class RiskRegions(IOptions<BackOfficeOptions> options)
{
    readonly HashSet<string> codes = new(options.Value.HighRiskRegions, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Codes { get; } = options.Value.HighRiskRegions;

    public bool IsHighRisk(string? region) => region is not null && codes.Contains(region);

    public bool IsHighRisk(string? region, IEnumerable<string?> facilityRegions) =>
        IsHighRisk(region) || facilityRegions.Any(IsHighRisk);

    /// <summary>"CN-XJ (Xinjiang Uygur Zizhiqu)", in Chinese "CN-XJ（新疆维吾尔自治区）", or the code alone when the standard does not know it.</summary>
    public static string Describe(string? code) =>
        code is null ? "" : Iso3166.FindRegion(code) is not { } region ? code
        : CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? $"{region.Code}（{PlaceNames.Region(region)}）"
        : $"{region.Code} ({PlaceNames.Region(region)})";

    /// <summary>Upper-case current codes (China's pre-2017 numeric codes mapped), defaulting to Xinjiang.</summary>
    internal static void Normalize(BackOfficeOptions o)
    {
        var normalized = o.HighRiskRegions.Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => Iso3166.NormalizeRegion(r) ?? r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        o.HighRiskRegions = normalized.Count > 0 ? normalized : ["CN-XJ"];
    }

    internal static bool AllKnown(BackOfficeOptions o) => o.HighRiskRegions.All(Iso3166.IsRegion);
}
