namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// One entry of a restricted-party list (for example the UFLPA Entity List) as the matcher sees it:
/// its primary name, the aliases the list gives it, and its country (ISO 3166-1 alpha-2) when known.
/// </summary>
public sealed record ListedEntity(Guid Id, string Name, IReadOnlyList<string> Aliases, string? CountryCode);
