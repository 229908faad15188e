namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// The projection's view of one supplier: everything the risk factors read, nothing they do not.
/// Built by the caller from the registry's events (and screening, reviews, …); the model never
/// fetches anything itself. A later source (questionnaires, documents) brings its own record in
/// <see cref="Extra"/> rather than widening this one, so adding a source touches no shared type.
/// </summary>
public sealed record SupplierFacts
{
    /// <summary>The supplier's id in the registry.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>Name in Latin script, used in evidence texts.</summary>
    public required string Name { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country of the registered seat.</summary>
    public required string CountryCode { get; init; }
    /// <summary>ISO 3166-2 region of the registered seat, e.g. <c>CN-XJ</c>.</summary>
    public string? RegionCode { get; init; }
    /// <summary>Production sites.</summary>
    public IReadOnlyList<FacilityFact> Facilities { get; init; } = [];
    /// <summary>Roles in the PV chain (Polysilicon, Wafer, …), as the registry names them.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Onboarding status as the registry names it (Draft, Approved, …).</summary>
    public required string Status { get; init; }
    /// <summary>Entity-list screening hits, whatever their state.</summary>
    public IReadOnlyList<ScreeningFact> Screening { get; init; } = [];
    /// <summary>When an analyst last reviewed the supplier; null when never.</summary>
    public DateTimeOffset? LastReviewedAt { get; init; }
    /// <summary>When the supplier's last assessment (questionnaire) was completed; null until questionnaires exist or when none was.</summary>
    public DateTimeOffset? LastAssessedAt { get; init; }
    /// <summary>When the projection first saw the supplier: staleness counts from here until a first review.</summary>
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>Facts from later sources, one record per source, read by that source's factor.</summary>
    public ExtraFacts Extra { get; init; } = ExtraFacts.None;
}

/// <summary>A production site of a supplier, with where it is.</summary>
public sealed record FacilityFact(Guid FacilityId, string Name, string CountryCode, string? RegionCode);

/// <summary>Where an entity-list hit stands in the analyst's review.</summary>
public enum ScreeningState
{
    /// <summary>Found by screening, not yet decided.</summary>
    Open,
    /// <summary>An analyst confirmed the supplier is the listed entity.</summary>
    Confirmed,
    /// <summary>An analyst decided it is a different entity.</summary>
    Dismissed,
}

/// <summary>One entity-list screening hit on a supplier.</summary>
/// <param name="HitId">The hit's id in screening.</param>
/// <param name="ListName">The list, e.g. <c>UFLPA Entity List</c>.</param>
/// <param name="ListedEntityName">The listed entity the supplier matched.</param>
/// <param name="State">Open, Confirmed or Dismissed.</param>
/// <param name="MatchScore">How closely the names matched, as screening reports it; shown, not used in the score.</param>
/// <param name="DecidedBy">Who confirmed or dismissed the hit, if anyone.</param>
public sealed record ScreeningFact(Guid HitId, string ListName, string ListedEntityName, ScreeningState State, double MatchScore, string? DecidedBy = null);
