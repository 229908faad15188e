namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// One source of risk, judged on one supplier's own facts. Adding a source of risk to the model is
/// one class implementing this (plus its weight under <c>RiskModel:Weights</c>): the engine weighs
/// it, lets its floor count, shows it in every breakdown and passes it up the supply chain.
/// Implementations must be stateless and side-effect free: the engine calls them for every supplier
/// on every re-score.
/// </summary>
public interface IRiskFactor
{
    /// <summary>Stable, lower-case name (e.g. <c>geography</c>): the key of its weight and its line in the breakdown.</summary>
    string Name { get; }

    /// <summary>The factor's finding on <paramref name="supplier"/>: severity 0–100, an optional floor band, and the evidence.</summary>
    FactorResult Evaluate(SupplierFacts supplier, RiskContext context);
}

/// <summary>What a factor may read besides the supplier: the model's settings and the moment of the re-score.</summary>
public sealed class RiskContext
{
    /// <summary>Creates a context; the engine makes one per re-score.</summary>
    public RiskContext(RiskModelOptions options, DateTimeOffset now)
    {
        Options = options;
        Now = now;
    }

    /// <summary>The model's settings.</summary>
    public RiskModelOptions Options { get; }

    /// <summary>The one instant every supplier of a re-score is judged at (from the engine's TimeProvider).</summary>
    public DateTimeOffset Now { get; }
}
