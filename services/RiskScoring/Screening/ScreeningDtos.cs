using System.Text.Json;
using SupplierDD.RiskScoring.EntityLists;

namespace SupplierDD.RiskScoring.Screening;

/// <summary>A matched token pair: normalised tokens (pinyin for Han text), how alike, what kind, and the text each came from.</summary>
public sealed record TokenPair(string Query, string Listed, double Similarity, string Kind, string? QuerySource = null, string? ListedSource = null);

/// <summary>The listed entity as its list gives it.</summary>
public sealed record ListedEntityView(string Name, IReadOnlyList<string> Aliases, string? Country, string? Section, DateOnly? ListedOn, string? Source)
{
    public static ListedEntityView? From(ListedEntry? e) => e is null ? null : new(e.Name, e.Aliases, e.CountryCode, e.Section, e.ListedOn, e.Source);
}

/// <summary>A request to dismiss a confirmed hit, waiting for a second analyst.</summary>
public sealed record PendingReversal(string By, string Note, DateTimeOffset At);

/// <summary>
/// A hit with both sides' names, which tokens matched, and the decision. <c>Version</c> goes back in If-Match with a decision.
/// </summary>
public sealed record HitView(
    Guid Id, Guid SupplierId, string? SupplierDisplayName, IReadOnlyList<string> SupplierNames, string List, int ListVersion, string EntityName, ListedEntityView? Listed,
    string SupplierName, string ListedName, double Score, IReadOnlyList<TokenPair> Tokens, string State,
    DateTimeOffset FoundAt, DateTimeOffset UpdatedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, int Version = 0, PendingReversal? PendingReversal = null)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HitView From(ScreeningHit h, ListedEntry? entry, string? supplierName, IReadOnlyList<string> supplierNames) => new(
        h.Id, h.SupplierId, supplierName, supplierNames, h.List, h.ListVersion, h.EntityName, ListedEntityView.From(entry), h.SupplierName, h.ListedName, h.Score,
        JsonSerializer.Deserialize<List<TokenPair>>(h.TokensJson, Json) ?? [], h.State.ToString(), h.FoundAt, h.UpdatedAt, h.DecidedBy, h.DecidedAt, h.DecisionNote,
        h.Version, h.PendingReversalBy is null ? null : new PendingReversal(h.PendingReversalBy, h.PendingReversalNote ?? "", h.PendingReversalAt ?? h.UpdatedAt));
}

public sealed record DecisionRequest(string? Decision, string? Note);

public sealed record CheckRequest(IReadOnlyList<string?>? Names, string? Country);

public sealed record CheckMatch(string List, int ListVersion, string EntityName, string ListedName, bool ListedNameIsAlias, double Score, IReadOnlyList<TokenPair> Tokens,
    IReadOnlyList<string> UnmatchedNameTokens, IReadOnlyList<string> UnmatchedListedTokens, ListedEntityView Listed);

public sealed record CheckResult(string Name, IReadOnlyList<CheckMatch> Matches);

public sealed record CheckResponse(double Threshold, IReadOnlyDictionary<string, int> ListVersions, IReadOnlyList<CheckResult> Results);
