namespace SupplierDD.Contracts.SupplierRegistry;

/// <summary>
/// The whole state of a supplier as the registry saw it after a change. Events carry the full
/// snapshot, not a diff, so a consumer that sees events out of order keeps the one with the
/// highest <see cref="Version"/> and never needs to ask the registry.
/// Roles and status travel as strings so a consumer built before a new role existed still reads the event.
/// </summary>
public sealed record SupplierSnapshot
{
    /// <summary>The supplier's id in the registry.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>Increases by one with every change to the supplier; use it to drop stale events.</summary>
    public required int Version { get; init; }
    /// <summary>Name in Latin script, as registered.</summary>
    public required string Name { get; init; }
    /// <summary>Name in the local script (e.g. Chinese), if known.</summary>
    public string? LocalName { get; init; }
    /// <summary>Other names the supplier trades under.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Registration scheme, e.g. <c>USCC</c> for China's Unified Social Credit Code.</summary>
    public string? RegistrationScheme { get; init; }
    /// <summary>Registration value within its scheme.</summary>
    public string? RegistrationValue { get; init; }
    /// <summary>Legal Entity Identifier (ISO 17442), if any.</summary>
    public string? Lei { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country of the supplier's registered seat.</summary>
    public required string CountryCode { get; init; }
    /// <summary>ISO 3166-2 region of the registered seat, e.g. <c>CN-XJ</c>.</summary>
    public string? RegionCode { get; init; }
    /// <summary>Roles in the PV chain: Quartz, MetallurgicalSilicon, Polysilicon, Ingot, Wafer, Cell, Module, ...</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Onboarding status: Draft, Invited, UnderAssessment, Approved, ConditionallyApproved, Rejected, Suspended.</summary>
    public required string Status { get; init; }
    /// <summary>Where the supplier makes things; risk depends on these regions.</summary>
    public IReadOnlyList<FacilitySnapshot> Facilities { get; init; } = [];
}

/// <summary>A production site of a supplier.</summary>
public sealed record FacilitySnapshot
{
    /// <summary>The facility's id in the registry.</summary>
    public required Guid FacilityId { get; init; }
    /// <summary>Name of the site.</summary>
    public required string Name { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country of the site.</summary>
    public required string CountryCode { get; init; }
    /// <summary>ISO 3166-2 region of the site, e.g. <c>CN-XJ</c>.</summary>
    public string? RegionCode { get; init; }
    /// <summary>Roles (processes) performed at the site.</summary>
    public IReadOnlyList<string> Processes { get; init; } = [];
}
