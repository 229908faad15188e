namespace SupplierDD.RiskScoring.Jobs;

/// <summary>
/// A lease on a job that must not run twice at once, on any replica: one row per job, claimed by a conditional UPDATE
/// (see <see cref="JobLock"/>). The expiry frees the job when its holder dies without releasing it.
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";
    /// <summary>Who holds it: host and a fresh id per run; empty when never claimed.</summary>
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
