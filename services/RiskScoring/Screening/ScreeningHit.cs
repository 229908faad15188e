namespace SupplierDD.RiskScoring.Screening;

public enum HitState
{
    /// <summary>Waiting for an analyst.</summary>
    Open,
    /// <summary>The analyst confirmed it: the supplier is treated as listed.</summary>
    Confirmed,
    /// <summary>The analyst dismissed it with a note; it stays dismissed while both sides' names stay the same.</summary>
    Dismissed,
    /// <summary>No longer matches (a name changed or the entity left the list) before anyone decided.</summary>
    Withdrawn,
}

/// <summary>A supplier's name matched a listed entity. A new match after a dismissal (names changed) is a new hit; the old one stays as history.</summary>
public sealed class ScreeningHit
{
    public Guid Id { get; set; }
    public Guid SupplierId { get; set; }
    public string List { get; set; } = "";
    public string EntityKey { get; set; } = "";
    /// <summary>The listed entity's primary name.</summary>
    public string EntityName { get; set; } = "";
    /// <summary>The entry in the list version the match was last seen in.</summary>
    public Guid ListedEntryId { get; set; }
    public int ListVersion { get; set; }
    public string SupplierName { get; set; } = "";
    public string ListedName { get; set; } = "";
    public double Score { get; set; }
    /// <summary>The token pairs that matched, as JSON (query, listed, similarity).</summary>
    public string TokensJson { get; set; } = "[]";
    public HitState State { get; set; }
    public string SupplierNamesFingerprint { get; set; } = "";
    public string EntityNamesFingerprint { get; set; } = "";
    public DateTimeOffset FoundAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>
    /// An analyst asked to dismiss this confirmed hit. Undoing a confirmation lifts the Critical floor, so it takes a
    /// second analyst: until another one agrees the hit stays confirmed.
    /// </summary>
    public string? PendingReversalBy { get; set; }
    public string? PendingReversalNote { get; set; }
    public DateTimeOffset? PendingReversalAt { get; set; }
    /// <summary>
    /// Concurrency token and ETag: moves with every decision and with every change of what the analyst decides on (the
    /// matched names, the score, the state), so two analysts deciding at once cannot both win.
    /// </summary>
    public int Version { get; set; }
}
