namespace SupplierDD.Web.Clients;

// Screening and entity lists, as the risk-scoring service answers them.

/// <summary>A matched token pair: normalised tokens (lower-case; pinyin for Han text), similarity 0–1, kind Distinctive / Generic / Place.</summary>
public sealed record TokenPair(string Query, string Listed, double Similarity, string Kind, string? QuerySource = null, string? ListedSource = null);

/// <summary>The listed entity as its list gives it.</summary>
public sealed record ListedEntity(string Name, IReadOnlyList<string> Aliases, string? Country, string? Section, DateOnly? ListedOn, string? Source);

/// <summary>
/// A screening hit: the supplier's name <see cref="SupplierName"/> matched the listed name <see cref="ListedName"/> of
/// <see cref="EntityName"/> on <see cref="List"/>. <see cref="SupplierNames"/> are all the supplier's names (name, local
/// name, aliases). <see cref="State"/>: Open, Confirmed, Dismissed, Withdrawn. <see cref="DecidedBy"/> is a user id.
/// </summary>
/// <remarks>
/// <see cref="Version"/> goes back with a decision (If-Match). <see cref="PendingReversal"/>: an analyst asked to dismiss
/// this confirmed hit and a second one has to agree.
/// </remarks>
public sealed record ScreeningHit(
    Guid Id, Guid SupplierId, string? SupplierDisplayName, IReadOnlyList<string> SupplierNames, string List, int ListVersion, string EntityName,
    ListedEntity? Listed, string SupplierName, string ListedName, double Score, IReadOnlyList<TokenPair> Tokens, string State,
    DateTimeOffset FoundAt, DateTimeOffset UpdatedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote,
    int Version = 0, PendingReversal? PendingReversal = null);

/// <summary>A request to dismiss a confirmed hit, waiting for a second analyst. <see cref="By"/> is a user id.</summary>
public sealed record PendingReversal(string By, string Note, DateTimeOffset At);

/// <summary><c>decision</c>: confirm | dismiss; a note is required to dismiss.</summary>
public sealed record HitDecisionRequest(string? Decision, string? Note);

public sealed record CheckRequest(IReadOnlyList<string> Names, string? Country);

public sealed record CheckMatch(string List, int ListVersion, string EntityName, string ListedName, bool ListedNameIsAlias, double Score,
    IReadOnlyList<TokenPair> Tokens, IReadOnlyList<string> UnmatchedNameTokens, IReadOnlyList<string> UnmatchedListedTokens, ListedEntity Listed);

public sealed record CheckResult(string Name, IReadOnlyList<CheckMatch> Matches);

/// <summary>The matches of each name checked, the score a match needs (<see cref="Threshold"/>) and the list versions used.</summary>
public sealed record CheckResponse(double Threshold, IReadOnlyDictionary<string, int> ListVersions, IReadOnlyList<CheckResult> Results);

/// <summary>One import of one list. <see cref="ScreenedAt"/> is null until every supplier has been screened against it.</summary>
public sealed record EntityListVersion(Guid Id, string List, int Number, DateTimeOffset ImportedAt, string ImportedBy, string? FileName,
    string ContentHash, int EntryCount, int Added, int Removed, int Changed, DateTimeOffset? ScreenedAt);

/// <summary>A list with its current version first in <see cref="Versions"/>.</summary>
public sealed record EntityListSummary(string List, int CurrentVersion, int EntryCount, DateTimeOffset ImportedAt, string ImportedBy,
    DateTimeOffset? ScreenedAt, IReadOnlyList<EntityListVersion> Versions);

public sealed record EntityListImport(IReadOnlyList<EntityListVersion> Versions);

/// <summary>An entity as one version of a list gives it.</summary>
public sealed record ListedEntry(Guid Id, string List, string Name, IReadOnlyList<string> Aliases, string? CountryCode, string? Section,
    DateOnly? ListedOn, string? Source);
