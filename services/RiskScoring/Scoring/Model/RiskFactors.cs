namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>The factors the model ships with; the caller registers these (and any later source's factor) as <see cref="IRiskFactor"/>.</summary>
public static class RiskFactors
{
    /// <summary>Geography, entity lists and staleness. Upstream is not among them: the engine computes it over the graph.</summary>
    public static IReadOnlyList<IRiskFactor> BuiltIn() => [new GeographyFactor(), new EntityListFactor(), new StalenessFactor()];
}
