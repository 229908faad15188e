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
    /// <summary>The band in force (<see cref="BandInForce"/>): the override when there is one, else the model's.</summary>
    public string Band { get; set; } = "Low";
    /// <summary>Factor breakdown with evidence, as JSON (the model's <c>FactorContribution</c> list).</summary>
    public string FactorsJson { get; set; } = "[]";
    public DateTimeOffset ComputedAt { get; set; }
    /// <summary>When score or band last changed.</summary>
    public DateTimeOffset ChangedAt { get; set; }
    public ReviewState ReviewState { get; set; }
    public string? OverrideBand { get; set; }
    /// <summary>
    /// When the override lowers a Critical band: the analyst who asked for it and the second analyst who confirmed it.
    /// Null for an override one analyst may make alone.
    /// </summary>
    public string? OverrideRequestedBy { get; set; }
    public string? OverrideConfirmedBy { get; set; }
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
    /// <summary>
    /// The version an analyst's review is based on, sent back as the ETag: it moves with every review and every change of
    /// the model's band, not with new evidence alone, so a re-score that changes nothing to decide does not turn a review away.
    /// </summary>
    public int ReviewVersion { get; set; }

    /// <summary>
    /// The override, except that nothing below the model's Critical is in force until two distinct analysts agreed on it;
    /// otherwise the model's band.
    /// </summary>
    public string BandInForce() =>
        OverrideBand is null || (ModelBand == "Critical" && OverrideBand != "Critical" && !ConfirmedByTwo) ? ModelBand : OverrideBand;

    bool ConfirmedByTwo => OverrideRequestedBy is not null && OverrideConfirmedBy is not null && OverrideRequestedBy != OverrideConfirmedBy;
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
    /// <summary>Why it changed, as a <see cref="RiskTexts"/> code and its arguments (JSON); null on rows older than the codes.</summary>
    public string? ReasonCode { get; set; }
    public string? ReasonArgs { get; set; }
}
