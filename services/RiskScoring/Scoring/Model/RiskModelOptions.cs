using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// The risk model's settings: configuration section <c>RiskModel</c>, bound by the caller. Every
/// property has a default, so an empty section gives the documented model (docs/risk-model.md).
/// Change <see cref="Version"/> whenever anything here changes: it is stored with every score, so
/// a score can always be traced to the settings that made it.
/// </summary>
public sealed class RiskModelOptions : IValidatableObject
{
    /// <summary>The configuration section the caller binds.</summary>
    public const string Section = "RiskModel";

    /// <summary>The model's version, stamped on every assessment. Bump it when weights or rules change.</summary>
    [Required, StringLength(32, MinimumLength = 1)]
    public string Version { get; set; } = "2026.1";

    /// <summary>
    /// Points per point of a factor's severity, by factor name: a factor scoring 100 with weight 0.6
    /// adds 60 points. Weights do not have to add up to 1 (adding a factor does not dilute the others);
    /// the sum is capped at 100. Every registered factor needs a weight, and so does <c>upstream</c>.
    /// </summary>
    [Required]
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [FactorNames.Geography] = 0.6,
        [FactorNames.EntityLists] = 0.8,
        [FactorNames.Upstream] = 0.6,
        [FactorNames.Staleness] = 0.1,
    };

    /// <summary>
    /// Risk by ISO 3166-2 region (e.g. <c>CN-NM</c>) or ISO 3166-1 country (e.g. <c>KP</c>) of a
    /// supplier's seat or facility. <c>CN-XJ</c> is always Critical whatever this says (UFLPA).
    /// </summary>
    [Required]
    public Dictionary<string, RegionRisk> RegionRisk { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Listed so the configuration shows it; GeographyFactor enforces it even when removed or lowered.
        [GeographyFactor.Xinjiang] = new() { Score = 100, Floor = RiskBand.Critical, Reason = GeographyFactor.XinjiangReason },
    };

    /// <summary>Share of a source's own risk kept per tier beyond the first: one tier up counts in full, two tiers up × decay, three × decay², …</summary>
    [Range(0.0, 1.0)]
    public double UpstreamDecay { get; set; } = 0.8;

    /// <summary>How many tiers up the chain risk is inherited from at most.</summary>
    [Range(1, 20)]
    public int UpstreamMaxTiers { get; set; } = 8;

    /// <summary>
    /// An upstream source's band is inherited as a floor one band lower, and one more band lower for
    /// every further this-many tiers: with 3, a Critical source 1–3 tiers up makes at least High,
    /// 4–6 tiers up at least Medium.
    /// </summary>
    [Range(1, 20)]
    public int UpstreamFloorTiersPerBand { get; set; } = 3;

    /// <summary>Time since the last analyst review (or assessment) after which staleness starts to count.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Time since the last review at which staleness reaches its full score of 100; it rises linearly from <see cref="StaleAfter"/>.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan StaleFullAfter { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Where a score's band starts.</summary>
    [Required]
    public BandThresholds Bands { get; set; } = new();

    /// <summary>The weight of <paramref name="factor"/>, or null when none is configured.</summary>
    public double? WeightOf(string factor) => Weights.TryGetValue(factor, out var w) ? w : null;

    /// <summary>Checks what attributes cannot: nested objects, weights, and that thresholds and times ascend.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, weight) in Weights)
            if (double.IsNaN(weight) || weight < 0 || weight > 1)
                yield return new ValidationResult($"Weight of '{name}' must be between 0 and 1 (points per point of severity), not {weight}.", [nameof(Weights)]);
        foreach (var result in ValidateNested(Bands, nameof(Bands)))
            yield return result;
        if (!(Bands.Medium < Bands.High && Bands.High < Bands.Critical))
            yield return new ValidationResult("Band thresholds must ascend: Medium < High < Critical.", [nameof(Bands)]);
        foreach (var (code, risk) in RegionRisk)
            foreach (var result in ValidateNested(risk, $"{nameof(RegionRisk)}:{code}"))
                yield return result;
        if (StaleFullAfter <= StaleAfter)
            yield return new ValidationResult("StaleFullAfter must be later than StaleAfter.", [nameof(StaleFullAfter)]);
    }

    static IEnumerable<ValidationResult> ValidateNested(object? value, string path)
    {
        if (value is null)
        {
            yield return new ValidationResult($"{path} is required.", [path]);
            yield break;
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var r in results)
            yield return new ValidationResult($"{path}: {r.ErrorMessage}", r.MemberNames.Select(m => $"{path}:{m}"));
    }
}

/// <summary>How risky a region or country is, as configured under <c>RiskModel:RegionRisk:{code}</c>.</summary>
public sealed class RegionRisk
{
    /// <summary>Severity 0–100 of having the seat or a facility there.</summary>
    [Range(0, 100)]
    public double Score { get; set; } = 50;

    /// <summary>A band a supplier there is at least, whatever its score; none by default.</summary>
    public RiskBand? Floor { get; set; }

    /// <summary>Why the region is risky, shown to the analyst in the evidence.</summary>
    [StringLength(200)]
    public string? Reason { get; set; }
}
