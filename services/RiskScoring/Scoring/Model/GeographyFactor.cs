using System.Globalization;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Risk from where the supplier is seated and where it makes things: the worst of its seat's and
/// every facility's region and country. Xinjiang (<c>CN-XJ</c>) is always severity 100 with a
/// Critical floor — the UFLPA rebuttable presumption — and configuration cannot lower that; other
/// regions and countries come from <see cref="RiskModelOptions.RegionRisk"/>.
/// </summary>
public sealed class GeographyFactor : IRiskFactor
{
    /// <summary>ISO 3166-2 code of Xinjiang.</summary>
    public const string Xinjiang = "CN-XJ";

    /// <summary>Why Xinjiang is Critical, as the evidence says it.</summary>
    public const string XinjiangReason = "UFLPA rebuttable presumption: goods made wholly or in part in Xinjiang are presumed to be made with forced labour";

    /// <summary>China's pre-2017 numeric code for Xinjiang; the registry stores CN-XJ, but a projection fed before that normalisation may hold it.</summary>
    const string XinjiangNumeric = "CN-65";

    static readonly FactorResult Nothing = FactorResult.None(FactorNames.Geography);

    /// <inheritdoc />
    public string Name => FactorNames.Geography;

    /// <inheritdoc />
    public FactorResult Evaluate(SupplierFacts supplier, RiskContext context)
    {
        var finding = new Finding(context.Options.RegionRisk);
        finding.Check(supplier.CountryCode, supplier.RegionCode, null, supplier.SupplierId);
        // Indexing, not foreach: this runs for every supplier, and an interface enumerator is an allocation each time.
        for (var i = 0; i < supplier.Facilities.Count; i++)
            finding.Check(supplier.Facilities[i].CountryCode, supplier.Facilities[i].RegionCode, supplier.Facilities[i].Name, supplier.Facilities[i].FacilityId);
        return finding.Evidence is null ? Nothing : new FactorResult(Name, finding.Score, finding.Floor, finding.Evidence);
    }

    /// <summary>True for Xinjiang under either of its codes.</summary>
    public static bool IsXinjiang(string? regionCode) =>
        string.Equals(regionCode, Xinjiang, StringComparison.OrdinalIgnoreCase) || string.Equals(regionCode, XinjiangNumeric, StringComparison.OrdinalIgnoreCase);

    /// <summary>The worst location found so far; allocates only when a location is risky (most are not).</summary>
    struct Finding(Dictionary<string, RegionRisk> configured)
    {
        public double Score;
        public RiskBand? Floor;
        public List<Evidence>? Evidence;

        /// <summary>One location: the seat when <paramref name="facility"/> is null, else the named facility.</summary>
        public void Check(string? country, string? region, string? facility, Guid reference)
        {
            if (IsXinjiang(region))
            {
                // Configuration is not consulted: Xinjiang is already the maximum, and no setting may lower it.
                Add(facility, Xinjiang, 100, RiskBand.Critical, XinjiangReason, reference);
                return;
            }
            // Both may be configured (a country and one of its regions): both count, the worse wins.
            if (region is not null && configured.TryGetValue(region, out var regionRisk))
                Add(facility, region, regionRisk.Score, regionRisk.Floor, regionRisk.Reason, reference);
            if (country is not null && configured.TryGetValue(country, out var countryRisk))
                Add(facility, country, countryRisk.Score, countryRisk.Floor, countryRisk.Reason, reference);
        }

        void Add(string? facility, string code, double score, RiskBand? floor, string? reason, Guid reference)
        {
            Score = Math.Max(Score, score);
            if (floor > (Floor ?? RiskBand.Low))
                Floor = floor;
            var forces = floor is { } band && band > RiskBand.Low ? $", at least {band}" : "";
            var why = string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}";
            var text = string.Create(CultureInfo.InvariantCulture, $"{(facility is null ? "The registered seat" : $"Facility '{facility}'")} is in {code}{why} (severity {score:0.#}{forces}).");
            // The UFLPA presumption is ours, not an operator's text: its own code, so a reader gets it in their language.
            var textCode = reason == XinjiangReason
                ? $"evidence.region.{(facility is null ? "seat" : "facility")}.xinjiang"
                : $"evidence.region.{(facility is null ? "seat" : "facility")}{(forces.Length > 0 ? ".floor" : "")}{(why.Length > 0 ? ".reason" : "")}";
            (Evidence ??= []).Add(new Evidence("region", text, reference.ToString()).Coded(textCode, ("facility", facility), ("region", code),
                ("reason", reason?.Trim() ?? ""), ("severity", score.ToString("0.#", CultureInfo.InvariantCulture)), ("floor", floor?.ToString())));
        }
    }
}
