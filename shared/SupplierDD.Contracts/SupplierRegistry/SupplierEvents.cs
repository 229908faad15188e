namespace SupplierDD.Contracts.SupplierRegistry;

/// <summary>A supplier was created in the registry (through the API or an import).</summary>
public sealed record SupplierRegistered
{
    /// <summary>The supplier as registered.</summary>
    public required SupplierSnapshot Supplier { get; init; }
    /// <summary>Who registered it (token subject, or the import job).</summary>
    public string? By { get; init; }
    /// <summary>When the change was committed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supplier's details or facilities changed.</summary>
public sealed record SupplierUpdated
{
    /// <summary>The supplier after the change.</summary>
    public required SupplierSnapshot Supplier { get; init; }
    /// <summary>Names of what changed, e.g. <c>Name</c>, <c>Facilities</c>, <c>RegionCode</c>.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];
    /// <summary>Who made the change.</summary>
    public string? By { get; init; }
    /// <summary>When the change was committed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supplier's onboarding status moved, with the reason and who moved it.</summary>
public sealed record SupplierStatusChanged
{
    /// <summary>The supplier's id.</summary>
    public required Guid SupplierId { get; init; }
    /// <summary>The supplier's version after the change.</summary>
    public required int Version { get; init; }
    /// <summary>Status before.</summary>
    public required string From { get; init; }
    /// <summary>Status after.</summary>
    public required string To { get; init; }
    /// <summary>Why, in the words of the person who changed it.</summary>
    public required string Reason { get; init; }
    /// <summary>Who changed it.</summary>
    public string? By { get; init; }
    /// <summary>When the change was committed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A downstream supplier now buys a material from an upstream supplier.</summary>
public sealed record SupplyLinkAdded
{
    /// <summary>The link's id.</summary>
    public required Guid LinkId { get; init; }
    /// <summary>The supplier that delivers the material.</summary>
    public required Guid UpstreamSupplierId { get; init; }
    /// <summary>The supplier that buys the material.</summary>
    public required Guid DownstreamSupplierId { get; init; }
    /// <summary>The material delivered, e.g. <c>Polysilicon</c>.</summary>
    public required string Material { get; init; }
    /// <summary>Share of the downstream supplier's need of that material, 0–100, if known.</summary>
    public decimal? SharePercent { get; init; }
    /// <summary>The upstream facility the material comes from, if known.</summary>
    public Guid? UpstreamFacilityId { get; init; }
    /// <summary>Who added it.</summary>
    public string? By { get; init; }
    /// <summary>When the change was committed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supply link was removed.</summary>
public sealed record SupplyLinkRemoved
{
    /// <summary>The link's id.</summary>
    public required Guid LinkId { get; init; }
    /// <summary>The supplier that delivered the material.</summary>
    public required Guid UpstreamSupplierId { get; init; }
    /// <summary>The supplier that bought the material.</summary>
    public required Guid DownstreamSupplierId { get; init; }
    /// <summary>The material.</summary>
    public required string Material { get; init; }
    /// <summary>Who removed it.</summary>
    public string? By { get; init; }
    /// <summary>When the change was committed.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
