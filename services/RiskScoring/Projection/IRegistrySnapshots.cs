using Refit;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Projection;

/// <summary>
/// The registry's snapshot pages, read to build the projection when it is empty or behind. Paged by key (<c>after</c>
/// the last id of the previous page): unlike an offset, a key never skips a row when rows before it are deleted or added.
/// </summary>
public interface IRegistrySnapshots
{
    [Get("/api/suppliers/snapshots")]
    Task<PagedList<SupplierSnapshot>> SuppliersAsync(Guid? after, int pageSize, CancellationToken ct = default);

    [Get("/api/supply-links/snapshots")]
    Task<PagedList<LinkSnapshot>> LinksAsync(Guid? after, int pageSize, CancellationToken ct = default);
}

public sealed record LinkSnapshot(Guid LinkId, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId);
