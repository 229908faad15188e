using SupplierDD.SupplierRegistry.Facilities;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>A registration id: <c>scheme</c> (e.g. USCC, DE-HRB; USCC is assumed for Chinese suppliers) and <c>value</c>.</summary>
public sealed record RegistrationIdDto(string? Scheme, string? Value);

/// <summary>Body of POST and PUT /api/suppliers. Lists replace what was stored.</summary>
public sealed record SupplierRequest(
    string? Name,
    string? LocalName,
    List<string>? Aliases,
    RegistrationIdDto? RegistrationId,
    string? Lei,
    string? CountryCode,
    string? RegionCode,
    List<SupplierRole>? Roles,
    string? ContactEmail)
{
    public SupplierDraft ToDraft() => new(Name, LocalName, Aliases, RegistrationId?.Scheme, RegistrationId?.Value, Lei, CountryCode, RegionCode, Roles, ContactEmail);
}

public sealed record SupplierSummary(
    Guid Id,
    string Name,
    string? LocalName,
    IReadOnlyList<string> Aliases,
    RegistrationIdDto? RegistrationId,
    string? Lei,
    string CountryCode,
    string? RegionCode,
    IReadOnlyList<SupplierRole> Roles,
    string? ContactEmail,
    OnboardingStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SupplierSummary From(Supplier s) => new(
        s.Id, s.Name, s.LocalName, s.Aliases.Select(a => a.Name).Order().ToArray(),
        s.RegistrationValue is null ? null : new RegistrationIdDto(s.RegistrationScheme, s.RegistrationValue),
        s.Lei, s.CountryCode, s.RegionCode, SupplierRoles.Split(s.Roles), s.ContactEmail, s.Status, s.Version, s.CreatedAt, s.UpdatedAt);
}

public sealed record SupplierDetails(
    SupplierSummary Supplier,
    IReadOnlyList<FacilityResponse> Facilities,
    IReadOnlyList<StatusChangeResponse> StatusHistory,
    IReadOnlyList<OnboardingStatus> AllowedTransitions,
    IReadOnlyList<PossibleDuplicate>? PossibleDuplicates = null)
{
    public static SupplierDetails From(Supplier s, IReadOnlyList<PossibleDuplicate>? duplicates = null) => new(
        SupplierSummary.From(s),
        s.Facilities.OrderBy(f => f.Name).Select(FacilityResponse.From).ToArray(),
        s.StatusHistory.OrderBy(c => c.Id).Select(c => new StatusChangeResponse(c.From, c.To, c.Reason, c.ChangedBy, c.ChangedAt)).ToArray(),
        OnboardingWorkflow.AllowedFrom(s.Status),
        duplicates);
}

public sealed record StatusChangeResponse(OnboardingStatus From, OnboardingStatus To, string Reason, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>An existing supplier whose name is close to the one given, in the same country.</summary>
public sealed record PossibleDuplicate(Guid Id, string Name, string? LocalName, string CountryCode, RegistrationIdDto? RegistrationId, double Score);

/// <summary>
/// What a supplier's own users (role supplier) read of their record: their details, facilities and when their status
/// moved — never the internal reasons, who decided, or which moves the workflow allows next.
/// </summary>
public sealed record OwnSupplierDetails(
    SupplierSummary Supplier,
    IReadOnlyList<FacilityResponse> Facilities,
    IReadOnlyList<OwnStatusChange> StatusHistory,
    IReadOnlyList<OnboardingStatus> AllowedTransitions)
{
    public static OwnSupplierDetails From(Supplier s) => new(
        SupplierSummary.From(s),
        s.Facilities.OrderBy(f => f.Name).Select(FacilityResponse.From).ToArray(),
        s.StatusHistory.OrderBy(c => c.Id).Select(c => new OwnStatusChange(c.From, c.To, c.ChangedAt)).ToArray(),
        []);
}

public sealed record OwnStatusChange(OnboardingStatus From, OnboardingStatus To, DateTimeOffset ChangedAt);
