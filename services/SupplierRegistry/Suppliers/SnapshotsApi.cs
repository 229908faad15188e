using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>
/// The registry's whole state in the shapes its events carry, page by page: what another service reads to build
/// (or rebuild) its projection before the events take over. Pages are ordered by id; each item carries its version,
/// so a consumer merges pages and events in any order. Read by key (<c>after</c> = the last id of the previous page)
/// while the registry changes: an offset page shifts when earlier rows are deleted and would skip a live row.
/// </summary>
public static class SnapshotsApi
{
    public const int MaxPageSize = 1000;

    public sealed record LinkSnapshot(Guid LinkId, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId);

    public static IEndpointRouteBuilder MapSnapshotsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suppliers/snapshots", Suppliers).WithTags("Snapshots").RequireAuthorization(Policies.InternalOrService)
            .WithSummary("Every supplier as the SupplierRegistered/SupplierUpdated events carry it, paged by id")
            .WithDescription($"after (the last supplierId of the previous page; preferred: never skips a row while suppliers change) or page from 1; pageSize up to {MaxPageSize} (default 500). For services that rebuild their projection.");
        app.MapGet("/api/supply-links/snapshots", Links).WithTags("Snapshots").RequireAuthorization(Policies.InternalOrService)
            .WithSummary("Every supply link as the SupplyLinkAdded event carries it, paged by id")
            .WithDescription($"after (the last linkId of the previous page; preferred) or page from 1; pageSize up to {MaxPageSize} (default 500).");
        return app;
    }

    static async Task<Results<Ok<PagedList<SupplierSnapshot>>, ValidationProblem>> Suppliers(int? page, int? pageSize, Guid? after, RegistryDbContext db, CancellationToken ct)
    {
        var (p, size) = Clamp(page, pageSize);
        if (Paging.Overflow(p, size) is { } overflow) return overflow;
        var total = await db.Suppliers.CountAsync(ct);
        // A key page past the last id is simply empty (the reader's loop ends); an offset page past the data is a mistake.
        if (after is null && Paging.PastEnd(p, size, total) is { } pastEnd) return pastEnd;
        var query = db.Suppliers.AsNoTracking().Include(s => s.Aliases).Include(s => s.Facilities).AsSplitQuery().OrderBy(s => s.Id);
        var suppliers = after is { } key
            ? await query.Where(s => s.Id > key).Take(size).ToListAsync(ct)
            : await query.Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<SupplierSnapshot>(suppliers.Select(SupplierEvents.Snapshot).ToList(), p, size, total));
    }

    static async Task<Results<Ok<PagedList<LinkSnapshot>>, ValidationProblem>> Links(int? page, int? pageSize, Guid? after, RegistryDbContext db, CancellationToken ct)
    {
        var (p, size) = Clamp(page, pageSize);
        if (Paging.Overflow(p, size) is { } overflow) return overflow;
        var total = await db.SupplyLinks.CountAsync(ct);
        if (after is null && Paging.PastEnd(p, size, total) is { } pastEnd) return pastEnd;
        var query = db.SupplyLinks.AsNoTracking().OrderBy(l => l.Id).AsQueryable();
        query = after is { } key ? query.Where(l => l.Id > key) : query.Skip((p - 1) * size);
        var links = await query.Take(size)
            .Select(l => new LinkSnapshot(l.Id, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, l.UpstreamFacilityId))
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedList<LinkSnapshot>(links, p, size, total));
    }

    static (int Page, int PageSize) Clamp(int? page, int? pageSize) => (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 500, 1, MaxPageSize));
}
