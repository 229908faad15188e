using SupplierDD.Contracts.SupplierRegistry;

namespace SupplierDD.RiskScoring.Tests.Infrastructure;

/// <summary>Registry events as the registry would publish them, with fresh ids.</summary>
public static class Snapshots
{
    public static SupplierSnapshot Supplier(Guid? id = null, int version = 1, string name = "Leshan Jadewater Polysilicon Co., Ltd.", string? localName = null,
        string country = "CN", string? region = "CN-SC", string[]? roles = null, string status = "Draft", string[]? aliases = null, FacilitySnapshot[]? facilities = null) => new()
    {
        SupplierId = id ?? Guid.NewGuid(), Version = version, Name = name, LocalName = localName, CountryCode = country, RegionCode = region,
        Roles = roles ?? ["Polysilicon"], Status = status, Aliases = aliases ?? [], Facilities = facilities ?? [],
    };

    public static FacilitySnapshot Facility(string region, string name = "Plant 1", Guid? id = null) =>
        new() { FacilityId = id ?? Guid.NewGuid(), Name = name, CountryCode = region[..2], RegionCode = region, Processes = ["Polysilicon"] };

    public static SupplierRegistered Registered(SupplierSnapshot s) => new() { Supplier = s, OccurredAt = DateTimeOffset.UtcNow };
    public static SupplierUpdated Updated(SupplierSnapshot s) => new() { Supplier = s, OccurredAt = DateTimeOffset.UtcNow };

    public static SupplyLinkAdded LinkAdded(Guid up, Guid down, string material = "Polysilicon", Guid? linkId = null) =>
        new() { LinkId = linkId ?? Guid.NewGuid(), UpstreamSupplierId = up, DownstreamSupplierId = down, Material = material, OccurredAt = DateTimeOffset.UtcNow };

    public static SupplyLinkRemoved LinkRemoved(SupplyLinkAdded added) =>
        new() { LinkId = added.LinkId, UpstreamSupplierId = added.UpstreamSupplierId, DownstreamSupplierId = added.DownstreamSupplierId, Material = added.Material, OccurredAt = DateTimeOffset.UtcNow };
}
