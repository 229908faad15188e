using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>Body of POST /api/suppliers/{id}/upstream: the supplier {id} buys <c>material</c> from <c>upstreamSupplierId</c>.</summary>
public sealed record SupplyLinkRequest(Guid? UpstreamSupplierId, string? Material, decimal? SharePercent, Guid? UpstreamFacilityId);

public sealed record SupplyLinkResponse(Guid Id, Guid UpstreamSupplierId, Guid DownstreamSupplierId, string Material, decimal? SharePercent, Guid? UpstreamFacilityId, DateTimeOffset CreatedAt)
{
    public static SupplyLinkResponse From(SupplyLink l) => new(l.Id, l.UpstreamSupplierId, l.DownstreamSupplierId, l.Material, l.SharePercent, l.UpstreamFacilityId, l.CreatedAt);
}

public static class SupplyLinksApi
{
    public static IEndpointRouteBuilder MapSupplyLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suppliers/{id:guid}/upstream").WithTags("Supply links").RequireAuthorization(Policies.Procurement);
        group.MapPost("/", Add).WithSummary("Record that this supplier buys a material from an upstream supplier")
            .WithDescription("201 for a new link; 200 when the same link (supplier, upstream, material) exists — adding it again changes nothing unless the share differs. "
                + "A link that would close a cycle is a 409 listing the loop. Links belong to the supplier {id}: its ETag guards them. If-Match is optional for a new link "
                + "and required to change an existing link's share (428 without, 412 when stale); the response carries the supplier's new ETag.");
        group.MapDelete("/{upstreamId:guid}", Remove).WithSummary("Remove the links to an upstream supplier (all materials, or ?material=)")
            .WithDescription("Requires If-Match with the supplier's ETag: 428 without it, 412 when stale.");
        return app;
    }

    static async Task<Results<Created<SupplyLinkResponse>, Ok<SupplyLinkResponse>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, SupplyLinkRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.UpstreamSupplierId is null) SupplierInput.Add(errors, "upstreamSupplierId", "is required.");
        var material = Materials.Normalize(request.Material, "material", errors);
        var share = Materials.Share(request.SharePercent, "sharePercent", errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var upstreamId = request.UpstreamSupplierId!.Value;

        if (!await db.Suppliers.AnyAsync(s => s.Id == upstreamId, ct))
            return Problems.Invalid("upstreamSupplierId", $"no supplier has id '{upstreamId}'.");
        if (request.UpstreamFacilityId is { } facilityId && !await db.Facilities.AnyAsync(f => f.Id == facilityId && f.SupplierId == upstreamId, ct))
            return Problems.Invalid("upstreamFacilityId", $"'{facilityId}' is not a facility of the upstream supplier.");

        var by = user.UserId();
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SupplyLinkWriter.LockGraphAsync(db, ct);
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null) return Problems.NotFound("Supplier", id);

        var existing = await db.SupplyLinks.FirstOrDefaultAsync(l => l.DownstreamSupplierId == id && l.UpstreamSupplierId == upstreamId && l.Material == material, ct);
        SupplyLink link;
        if (existing is not null)
        {
            if (existing.SharePercent == share && existing.UpstreamFacilityId == request.UpstreamFacilityId)
            {
                http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
                return TypedResults.Ok(SupplyLinkResponse.From(existing));
            }
            // A new share overwrites what someone decided before: only with the version that decision was read at.
            if (SupplierVersion.Check(http, supplier, required: true) is { } precondition) return precondition;
            SupplyLinkWriter.Change(db, supplier, existing, share, request.UpstreamFacilityId, by, now);
            link = existing;
        }
        else
        {
            if (SupplierVersion.Check(http, supplier, required: false) is { } precondition) return precondition;
            if (await SupplyLinkWriter.FindPathAsync(db, from: id, to: upstreamId, ct) is { } loop)
                return Problems.Conflict("This link would close a cycle in the supply chain.",
                    $"{upstreamId} is already downstream of {id}, so it cannot also supply it.",
                    new Dictionary<string, object?> { ["cycle"] = loop });
            link = SupplyLinkWriter.Add(db, supplier, upstreamId, material!, share, request.UpstreamFacilityId, by, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return await SupplierVersion.LostRaceAsync(db, id, ct);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a writer that bypassed the lock (or a provider without one): the same link exists.
            await tx.RollbackAsync(ct);
            return Problems.Conflict("This supply link was added at the same moment by someone else.", "Read the supplier's links again.");
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return existing is null
            ? TypedResults.Created($"/api/suppliers/{id}/upstream", SupplyLinkResponse.From(link))
            : TypedResults.Ok(SupplyLinkResponse.From(link));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, Guid upstreamId, [FromQuery] string? material, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, HttpRequest http, CancellationToken ct)
    {
        // Under the graph lock too: a link import running beside us keeps the graph in memory and must see the removal.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SupplyLinkWriter.LockGraphAsync(db, ct);
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null) return Problems.NotFound("Supplier", id);
        var query = db.SupplyLinks.Where(l => l.DownstreamSupplierId == id && l.UpstreamSupplierId == upstreamId);
        if (!string.IsNullOrWhiteSpace(material))
        {
            var canonical = Materials.Normalize(material, "material", new Dictionary<string, string[]>()) ?? material.Trim();
            query = query.Where(l => l.Material == canonical);
        }
        var links = await query.ToListAsync(ct);
        if (links.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Supply link not found.",
                detail: $"Supplier {id} has no link to upstream supplier {upstreamId}{(string.IsNullOrWhiteSpace(material) ? "" : $" for {material}")}.");
        if (SupplierVersion.Check(http, supplier, required: true) is { } precondition) return precondition;

        SupplyLinkWriter.Remove(db, supplier, links, user.UserId(), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return await SupplierVersion.LostRaceAsync(db, id, ct);
        }
        http.HttpContext.Response.Headers.ETag = ETags.For(supplier.Version);
        return TypedResults.NoContent();
    }

    /// <summary>Kept for callers outside the service (benchmarks); the writer owns the event.</summary>
    internal static SupplyLinkAdded LinkAdded(SupplyLink l, string by, DateTimeOffset now) => SupplyLinkWriter.Added(l, by, now);
}
