using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process (off for a replica that only serves the API).</summary>
    public bool ServerEnabled { get; set; } = true;

    /// <summary>Cron (UTC) of the reconciliation that reads the registry's snapshots into the projection; daily at 02:00 by default.</summary>
    [Required] public string ProjectionReconcileCron { get; set; } = "0 2 * * *";
}
