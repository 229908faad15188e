namespace SupplierDD.Web.Clients;

// The supplier registry's JSON, as the Web app reads it. Enums travel as strings; unknown values
// from a newer registry must not break a page, so roles and statuses are kept as strings here.

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record RegistrationId(string? Scheme, string? Value);

public sealed record SupplierRequest(
    string? Name, string? LocalName, List<string>? Aliases, RegistrationId? RegistrationId, string? Lei,
    string? CountryCode, string? RegionCode, List<string>? Roles, string? ContactEmail);

public sealed record SupplierSummary(
    Guid Id, string Name, string? LocalName, IReadOnlyList<string> Aliases, RegistrationId? RegistrationId, string? Lei,
    string CountryCode, string? RegionCode, IReadOnlyList<string> Roles, string? ContactEmail, string Status, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record FacilityRequest(string? Name, string? Address, string? CountryCode, string? RegionCode, double? Latitude, double? Longitude, List<string>? Processes);

public sealed record Facility(
    Guid Id, Guid SupplierId, string Name, string? Address, string CountryCode, string? RegionCode, string? RegionName,
    double? Latitude, double? Longitude, IReadOnlyList<string> Processes);

public sealed record StatusChange(string From, string To, string Reason, string ChangedBy, DateTimeOffset ChangedAt);

public sealed record PossibleDuplicate(Guid Id, string Name, string? LocalName, string CountryCode, RegistrationId? RegistrationId, double Score);

public sealed record SupplierDetails(
    SupplierSummary Supplier, IReadOnlyList<Facility> Facilities, IReadOnlyList<StatusChange> StatusHistory,
    IReadOnlyList<string> AllowedTransitions, IReadOnlyList<PossibleDuplicate>? PossibleDuplicates);

public sealed record StatusChangeRequest(string? Status, string? Reason);

public sealed record SupplyLinkRequest(Guid? UpstreamSupplierId, string? Material, decimal? SharePercent, Guid? UpstreamFacilityId);

public sealed record SupplyLink(Guid Id, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId, DateTimeOffset CreatedAt);

public sealed record TraceNode(Guid Id, string Name, string? LocalName, string CountryCode, string? RegionCode, IReadOnlyList<string> Roles,
    string Status, int Tier, IReadOnlyList<string> FacilityRegions);

public sealed record TraceEdge(Guid Id, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId);

public sealed record TraceResponse(Guid RootId, string Direction, int Depth, IReadOnlyList<TraceNode> Nodes, IReadOnlyList<TraceEdge> Edges, bool Truncated);

public sealed record ImportRowError(int Row, string? Column, string Message);

public sealed record ImportJob(
    Guid Id, string Kind, string Status, string FileName, int TotalRows, int RowsDone, double PercentDone,
    int Created, int Updated, int Unchanged, int Failed, string? Message,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int ErrorCount, IReadOnlyList<ImportRowError> Errors, string ErrorReport);

/// <summary>Counts for the dashboard (GET /api/suppliers/stats).</summary>
public sealed record SupplierStats(int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByRole, IReadOnlyDictionary<string, int> ByCountry);
