namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// A hit: the supplier name <see cref="QueryName"/> matched the listed name <see cref="ListedName"/>
/// (the entity's primary name, or one of its aliases when <see cref="ListedNameIsAlias"/>) of entity
/// <see cref="EntityId"/> with <see cref="Score"/> in 0..1. <see cref="Tokens"/> says which tokens matched;
/// the unmatched lists say what did not, so a reviewer can judge the hit without re-running the matcher.
/// </summary>
public sealed record NameMatch(
    Guid EntityId,
    double Score,
    string QueryName,
    string ListedName,
    IReadOnlyList<TokenMatch> Tokens,
    string EntityName,
    bool ListedNameIsAlias,
    IReadOnlyList<string> UnmatchedQueryTokens,
    IReadOnlyList<string> UnmatchedListedTokens,
    bool CountryMismatch);

/// <summary>
/// One aligned token pair of a hit: normalised tokens (pinyin for Han text), the text they came from,
/// their similarity (1 = equal) and the weight the token had in the score.
/// </summary>
public sealed record TokenMatch(
    string QueryToken,
    string ListedToken,
    double Similarity,
    TokenKind Kind,
    string QuerySource,
    string ListedSource,
    double Weight);
