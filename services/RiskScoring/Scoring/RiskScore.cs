namespace SupplierDD.RiskScoring.Scoring;

public enum ReviewState
{
    /// <summary>No analyst has looked at this score since it last changed band.</summary>
    Unreviewed,
    /// <summary>An analyst approved the model's band.</summary>
    Approved,
    /// <summary>An analyst replaced the model's band, with a justification.</summary>
    Overridden,
    /// <summary>An analyst asked to lower a Critical band; a second analyst must agree.</summary>
    AwaitingSecondAnalyst,
}

/// <summary>A supplier's current risk: the model's score and band with each factor's contribution, and the analysts' review.</summary>
public sealed class RiskScore
{
    public Guid SupplierId { get; set; }
    public string ModelVersion { get; set; } = "";
    public double Score { get; set; }
    /// <summary>The model's band.</summary>
    public string ModelBand { get; set; } = "Low";
    /// <summary>The band in force: the override when there is one, else the model's.</summary>
    public string Band { get; set; } = "Low";
    /// <summary>Factor breakdown with evidence, as JSON (the model's <c>FactorContribution</c> list).</summary>
    public string FactorsJson { get; set; } = "[]";
    public DateTimeOffset ComputedAt { get; set; }
    /// <summary>When score or band last changed.</summary>
    public DateTimeOffset ChangedAt { get; set; }
    public ReviewState ReviewState { get; set; }
    public string? OverrideBand { get; set; }
    public string? Justification { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    /// <summary>A pending request to lower a Critical band: the band asked for, by whom, why.</summary>
    public string? PendingBand { get; set; }
    public string? PendingBy { get; set; }
    public string? PendingJustification { get; set; }
    public DateTimeOffset? PendingAt { get; set; }
    /// <summary>Concurrency token: the scoring worker and an analyst's review never overwrite each other's change.</summary>
    public int Revision { get; set; }
}

/// <summary>Every change of score or band, for "what changed this week" and a supplier's history.</summary>
public sealed class RiskScoreChange
{
    public long Id { get; set; }
    public Guid SupplierId { get; set; }
    public DateTimeOffset At { get; set; }
    public double? PreviousScore { get; set; }
    public double Score { get; set; }
    public string? PreviousBand { get; set; }
    public string Band { get; set; } = "";
    public string ModelVersion { get; set; } = "";
}
