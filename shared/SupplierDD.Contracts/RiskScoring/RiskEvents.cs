namespace SupplierDD.Contracts.RiskScoring;

/// <summary>A supplier's risk score or band changed (recomputed after an event, a list change, a review or the passing of time).</summary>
public sealed record RiskScoreChanged
{
    /// <summary>The supplier's id in the registry.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>Score before, 0–100; null the first time the supplier is scored.</summary>
    public double? PreviousScore { get; init; }
    /// <summary>Score now, 0–100.</summary>
    public required double Score { get; init; }
    /// <summary>Band before (Low, Medium, High, Critical); null the first time.</summary>
    public string? PreviousBand { get; init; }
    /// <summary>Band now: the analyst's override when there is one, else the model's.</summary>
    public required string Band { get; init; }
    /// <summary>The model's own band (differs from <see cref="Band"/> under an override).</summary>
    public required string ModelBand { get; init; }
    /// <summary>Version of the risk model that computed the score.</summary>
    public required string ModelVersion { get; init; }
    /// <summary>Factor names with their contributions, e.g. <c>geography</c> → 60.</summary>
    public IReadOnlyDictionary<string, double> Contributions { get; init; } = new Dictionary<string, double>();
    /// <summary>When the new score was computed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supplier's names match an entity on a forced-labour entity list; an analyst must confirm or dismiss it.</summary>
public sealed record ScreeningMatchFound
{
    /// <summary>The hit's id (for <c>POST /api/screening/hits/{id}/decision</c>).</summary>
    public required Guid HitId { get; init; }
    /// <summary>The supplier's id in the registry.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>The list, e.g. <c>US-UFLPA</c>.</summary>
    public required string List { get; init; }
    /// <summary>The list version the match was found in.</summary>
    public required int ListVersion { get; init; }
    /// <summary>The listed entity's primary name.</summary>
    public required string ListedEntity { get; init; }
    /// <summary>The listed name (primary or alias) that matched.</summary>
    public required string ListedName { get; init; }
    /// <summary>The supplier's name that matched.</summary>
    public required string SupplierName { get; init; }
    /// <summary>Similarity, 0–1.</summary>
    public required double Score { get; init; }
    /// <summary>When the match was found.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// An upstream supplier's periodic re-assessment is due (published once per supplier and due date). The campaigns
/// service answers it with a questionnaire; risk scoring itself screens the supplier again.
/// </summary>
public sealed record ReassessmentDue
{
    /// <summary>The supplier's id in the registry.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>The supplier's roles, e.g. <c>Polysilicon</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>The band that set the interval.</summary>
    public required string Band { get; init; }
    /// <summary>The date the re-assessment fell due.</summary>
    public required DateOnly DueOn { get; init; }
    /// <summary>Why it is due, e.g. "High band: every 90 days; last assessed 2026-08-01".</summary>
    public required string Reason { get; init; }
    /// <summary>When the job found it due.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
