namespace SupplierDD.Web.Clients;

// The risk-scoring service's JSON, as the Web app reads it. Bands, review states, hit states and evidence kinds travel
// as strings and stay strings here: a value a newer service adds must not break a page.

/// <summary>The supplier as the risk service's projection knows it.</summary>
public sealed record RiskSupplier(Guid Id, string Name, string? LocalName, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles,
    string Status, IReadOnlyList<string> FacilityRegions);

/// <summary>An override lowering a Critical band, waiting for a second analyst. <see cref="By"/> is the first analyst's user id.</summary>
public sealed record PendingOverride(string Band, string By, string Justification, DateTimeOffset At);

/// <summary>A change of score or band; <see cref="ReasonCode"/> and <see cref="ReasonArgs"/> say why in any language (<see cref="Reason"/> in English).</summary>
public sealed record ScoreChange(DateTimeOffset At, double? PreviousScore, double Score, string? PreviousBand, string Band, string ModelVersion,
    string? Reason = null, string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null);

/// <summary>
/// One fact behind a factor. <see cref="Kind"/>: <c>region</c> (reference = the supplier or one of its facilities),
/// <c>screening-open</c> / <c>-confirmed</c> / <c>-dismissed</c> (reference = the hit), <c>upstream-risk</c> /
/// <c>upstream-floor</c> (reference = the source supplier, <see cref="Path"/> = ids from it down to this supplier),
/// <c>last-review</c>, <c>cap</c>, <c>floor</c>.
/// </summary>
public sealed record RiskEvidence(string Kind, string Text, string? Reference, IReadOnlyList<Guid>? Path,
    string? Code = null, IReadOnlyDictionary<string, string>? Args = null);

/// <summary>One line of the breakdown: the lines' contributions add up to the score. <c>cap</c> and <c>floor</c> are the model's own lines.</summary>
public sealed record FactorContribution(string Factor, double Weight, double Score, double Contribution, string? Floor, IReadOnlyList<RiskEvidence> Evidence);

/// <summary>
/// A supplier's risk. <see cref="Band"/> is in force (the override if any); <see cref="ModelBand"/> is what the model says.
/// <see cref="Version"/> is the review version: a review sends it back (If-Match) so it never overwrites one made meanwhile.
/// </summary>
public sealed record SupplierRisk(
    RiskSupplier Supplier, double Score, string Band, string ModelBand, string ModelVersion, IReadOnlyList<FactorContribution> Factors,
    DateTimeOffset ComputedAt, DateTimeOffset ChangedAt, string ReviewState, string? OverrideBand, string? Justification, string? ReviewedBy,
    DateTimeOffset? ReviewedAt, PendingOverride? Pending, IReadOnlyList<ScoreChange> History, int Version = 0);

public sealed record RiskRow(Guid SupplierId, string Name, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles, double Score,
    string Band, string ModelBand, string ReviewState, DateTimeOffset ChangedAt);

/// <summary><c>action</c>: approve | override | reject-pending.</summary>
public sealed record ReviewRequest(string? Action, string? Band, string? Justification);

/// <summary>How many suppliers of one role, country or region are in each band.</summary>
public sealed record BandCounts(string Key, int Low, int Medium, int High, int Critical)
{
    public int Total => Low + Medium + High + Critical;

    public int this[string band] => band switch { "Low" => Low, "Medium" => Medium, "High" => High, "Critical" => Critical, _ => 0 };
}

public sealed record RiskStats(int Scored, IReadOnlyDictionary<string, int> ByBand, IReadOnlyList<BandCounts> ByRole, IReadOnlyList<BandCounts> ByCountry,
    IReadOnlyList<BandCounts> ByRegion, int AwaitingReview, int AwaitingSecondAnalyst, int OpenHits);

/// <summary>A change of score or band. <see cref="Name"/> is null when the supplier left the projection; the reason is null on older changes.</summary>
public sealed record RiskChange(Guid SupplierId, string? Name, DateTimeOffset At, double? PreviousScore, double Score, string? PreviousBand, string Band,
    string? Reason = null, string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null);

/// <summary>Who is due for re-assessment when, and why (<see cref="Reason"/> in the service's words).</summary>
public sealed record ScheduledReassessment(Guid SupplierId, string Name, IReadOnlyList<string> Roles, string Band, int IntervalDays,
    DateOnly LastAssessedOn, string LastAssessedBasis, DateOnly DueOn, bool Due, string Reason,
    string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonArgs = null);

/// <summary>One decision in the hash-chained audit log. <see cref="Actor"/> is a user id; <see cref="Data"/> canonical JSON.</summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, string Data, string PreviousHash, string Hash);

public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string? LastHash);
