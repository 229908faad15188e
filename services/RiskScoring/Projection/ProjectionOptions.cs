namespace SupplierDD.RiskScoring.Projection;

/// <summary>Configuration section <c>Projection</c>.</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Projection";

    /// <summary>At start-up, read the registry's snapshots when the projection is empty (a new deployment, a new database).</summary>
    public bool RebuildWhenEmpty { get; set; } = true;
}
