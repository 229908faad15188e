using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>How bad a supplier's risk is, in the four steps an analyst acts on. Ordered: a higher value is worse.</summary>
public enum RiskBand
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}

/// <summary>
/// The lowest score of each band above <see cref="RiskBand.Low"/>. The band is always read off the
/// final score with these thresholds, so a score and its band can never disagree.
/// </summary>
public sealed class BandThresholds
{
    /// <summary>A score at or above this is at least Medium.</summary>
    [Range(0.1, 100)]
    public double Medium { get; set; } = 25;

    /// <summary>A score at or above this is at least High.</summary>
    [Range(0.1, 100)]
    public double High { get; set; } = 50;

    /// <summary>A score at or above this is Critical.</summary>
    [Range(0.1, 100)]
    public double Critical { get; set; } = 75;

    /// <summary>The band a score falls in.</summary>
    public RiskBand BandFor(double score) =>
        score >= Critical ? RiskBand.Critical
        : score >= High ? RiskBand.High
        : score >= Medium ? RiskBand.Medium
        : RiskBand.Low;

    /// <summary>The lowest score that is in <paramref name="band"/>: where a floor lifts a score to.</summary>
    public double MinimumScore(RiskBand band) => band switch
    {
        RiskBand.Critical => Critical,
        RiskBand.High => High,
        RiskBand.Medium => Medium,
        _ => 0,
    };
}
