using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>Configuration section <c>Projection</c>.</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Projection";

    /// <summary>At start-up, read the registry's snapshots when the projection is empty (a new deployment, a new database).</summary>
    public bool RebuildWhenEmpty { get; set; } = true;

    /// <summary>
    /// How far the replicas' clocks may differ. The rebuild marks a link removed only when it was written here at least
    /// this long before the rebuild started (its high-water mark); later links are left to their events.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows per snapshot page the rebuild asks the registry for (the registry serves at most 1000).</summary>
    [Range(1, 1000)]
    public int RebuildPageSize { get; set; } = 500;
}
