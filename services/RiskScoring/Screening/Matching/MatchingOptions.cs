using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Knobs of the entity-list name matcher. The defaults are tuned on the labelled pairs in
/// tests/RiskScoring.Tests/Screening/Matching/Data/labelled-pairs.csv; docs/screening-matching.md explains each one.
/// </summary>
public sealed class MatchingOptions
{
    /// <summary>Score (0..1) from which a listed name counts as a hit.</summary>
    [Range(0.5, 1.0)]
    public double Threshold { get; set; } = 0.90;

    /// <summary>Below this token similarity two tokens do not match at all.</summary>
    [Range(0.5, 1.0)]
    public double MinTokenSimilarity { get; set; } = 0.80;

    /// <summary>From this token similarity a fuzzy token match gets full credit; between
    /// <see cref="MinTokenSimilarity"/> and this value the credit fades to zero, because Jaro-Winkler
    /// rates many different English words (western / eastern) around 0.9.</summary>
    [Range(0.5, 1.0)]
    public double StrongTokenSimilarity { get; set; } = 0.92;

    /// <summary>Weight of a place qualifier (Xinjiang, 乌鲁木齐, Baotou) relative to a distinctive token of the same rarity.</summary>
    [Range(0.0, 1.0)]
    public double PlaceWeight { get; set; } = 0.25;

    /// <summary>Weight of a generic industry word (new energy, 硅业, technology) relative to a distinctive token of the same rarity.</summary>
    [Range(0.0, 1.0)]
    public double GenericWeight { get; set; } = 0.35;

    /// <summary>Share of the score taken off when both sides have a country and the countries differ.</summary>
    [Range(0.0, 0.5)]
    public double CountryMismatchPenalty { get; set; } = 0.05;

    /// <summary>Tokens found in more than this share of the listed names are too common to find candidates with
    /// (they still count when scoring).</summary>
    [Range(0.001, 1.0)]
    public double MaxCandidateTokenShare { get; set; } = 0.02;

    /// <summary>Minimum Dice coefficient of character trigrams for a listed token to be looked up as a spelling variant
    /// of a query token (daqo / daquan share 0.4).</summary>
    [Range(0.1, 1.0)]
    public double MinTrigramDice { get; set; } = 0.35;

    /// <summary>At most this many hits are returned per call, best first.</summary>
    [Range(1, 1000)]
    public int MaxResults { get; set; } = 20;
}
