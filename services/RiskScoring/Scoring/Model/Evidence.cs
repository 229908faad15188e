using SupplierDD.RiskScoring.Scoring;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// One fact behind a factor's score, in words an analyst can check.
/// </summary>
/// <param name="Kind">What sort of fact, e.g. <c>region</c>, <c>screening-hit</c>, <c>upstream-risk</c>; stable, for filtering and icons.</param>
/// <param name="Text">The fact in a sentence, with the numbers that went into the score.</param>
/// <param name="Reference">What it is about, when that has an id: a facility, a screening hit, the upstream supplier the risk comes from.</param>
public sealed record Evidence(string Kind, string Text, string? Reference)
{
    /// <summary>For upstream evidence: the supplier ids from the source down to the scored supplier; null otherwise.</summary>
    public IReadOnlyList<Guid>? Path { get; init; }

    /// <summary>
    /// <see cref="Text"/> as a stable code (<see cref="RiskTexts"/>) and its arguments, so a client can say it in its
    /// reader's language; null for evidence a factor gives only in words.
    /// </summary>
    public string? Code { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>The same evidence, with its code and arguments.</summary>
    public Evidence Coded(string code, params (string Key, object? Value)[] args) =>
        this with { Code = code, Args = CodedText.Of(code, args).Args };
}

/// <summary>
/// What one factor found about one supplier.
/// </summary>
/// <param name="Factor">The factor's name, as in <see cref="IRiskFactor.Name"/>.</param>
/// <param name="Score">Raw severity 0–100, before weighting.</param>
/// <param name="Floor">A band the supplier is at least, whatever the score (e.g. Critical for CN-XJ); null when none.</param>
/// <param name="Evidence">Why: each fact that raised the score or set the floor.</param>
public sealed record FactorResult(string Factor, double Score, RiskBand? Floor, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Nothing found: score 0, no floor, no evidence.</summary>
    public static FactorResult None(string factor) => new(factor, 0, null, []);
}

/// <summary>
/// One line of a score's breakdown. The lines' <see cref="Contribution"/>s add up to the score:
/// each factor contributes weight × score, and the model's own lines <c>cap</c> (the sum beyond 100
/// taken off) and <c>floor</c> (the lift up to a floor band's threshold) appear only when they apply.
/// </summary>
/// <param name="Factor">The factor's name, or <c>cap</c> / <c>floor</c>.</param>
/// <param name="Weight">The configured weight (0 for the model's own lines).</param>
/// <param name="Score">The factor's raw severity 0–100.</param>
/// <param name="Contribution">Points this line adds to the score, one decimal.</param>
/// <param name="Floor">The band this line forces at least, if any.</param>
/// <param name="Evidence">The facts behind the line.</param>
public sealed record FactorContribution(string Factor, double Weight, double Score, double Contribution, RiskBand? Floor, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// A supplier's risk as the model sees it: score 0–100 (one decimal), its band, and the breakdown
/// that adds up to it. An analyst's band override is applied by the caller, not here.
/// </summary>
public sealed record RiskAssessment(Guid SupplierId, string ModelVersion, double Score, RiskBand Band, IReadOnlyList<FactorContribution> Factors, DateTimeOffset ComputedAt)
{
    /// <summary>The breakdown line of <paramref name="factor"/>, or null when there is none.</summary>
    public FactorContribution? Line(string factor)
    {
        foreach (var line in Factors)
            if (string.Equals(line.Factor, factor, StringComparison.OrdinalIgnoreCase))
                return line;
        return null;
    }
}
