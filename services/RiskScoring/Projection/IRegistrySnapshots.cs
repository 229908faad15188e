using Refit;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>The registry's snapshot pages, read to build the projection when it is empty or behind.</summary>
public interface IRegistrySnapshots
{
    [Get("/api/suppliers/snapshots")]
    Task<PagedList<SupplierSnapshot>> SuppliersAsync(int page, int pageSize, CancellationToken ct = default);

    [Get("/api/supply-links/snapshots")]
    Task<PagedList<LinkSnapshot>> LinksAsync(int page, int pageSize, CancellationToken ct = default);
}

public sealed record LinkSnapshot(Guid LinkId, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId);
