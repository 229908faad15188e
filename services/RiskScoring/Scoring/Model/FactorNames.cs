namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>The names of the built-in factors and of the model's own breakdown lines.</summary>
public static class FactorNames
{
    /// <summary>Where the supplier and its facilities are.</summary>
    public const string Geography = "geography";
    /// <summary>Entity-list screening hits.</summary>
    public const string EntityLists = "entity-lists";
    /// <summary>Risk inherited from the upstream supply chain (computed over the graph, not an <see cref="IRiskFactor"/>).</summary>
    public const string Upstream = "upstream";
    /// <summary>Time since the last analyst review.</summary>
    public const string Staleness = "staleness";
    /// <summary>The line that takes off what the factors add beyond 100.</summary>
    public const string Cap = "cap";
    /// <summary>The line that lifts the score to the threshold of the highest floor band.</summary>
    public const string Floor = "floor";

    /// <summary>Names a factor may not take: the engine's own lines.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Upstream, Cap, Floor };
}
