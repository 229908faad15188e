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
    /// <summary>Serialises link writes in this process, so two concurrent adds cannot together close a cycle.</summary>
    internal static readonly SemaphoreSlim WriteLock = new(1, 1);

    public static IEndpointRouteBuilder MapSupplyLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suppliers/{id:guid}/upstream").WithTags("Supply links").RequireAuthorization(Policies.Procurement);
        group.MapPost("/", Add).WithSummary("Record that this supplier buys a material from an upstream supplier")
            .WithDescription("201 for a new link; 200 when the same link (supplier, upstream, material) exists — adding it again changes nothing unless the share differs. A link that would close a cycle is a 409 listing the loop.");
        group.MapDelete("/{upstreamId:guid}", Remove).WithSummary("Remove the links to an upstream supplier (all materials, or ?material=)");
        return app;
    }

    static async Task<Results<Created<SupplyLinkResponse>, Ok<SupplyLinkResponse>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, SupplyLinkRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.UpstreamSupplierId is null) SupplierInput.Add(errors, "upstreamSupplierId", "is required.");
        var material = Materials.Normalize(request.Material, "material", errors);
        var share = Materials.Share(request.SharePercent, "sharePercent", errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var upstreamId = request.UpstreamSupplierId!.Value;

        if (!await db.Suppliers.AnyAsync(s => s.Id == id, ct)) return Problems.NotFound("Supplier", id);
        if (!await db.Suppliers.AnyAsync(s => s.Id == upstreamId, ct))
            return Problems.Invalid("upstreamSupplierId", $"no supplier has id '{upstreamId}'.");
        if (request.UpstreamFacilityId is { } facilityId && !await db.Facilities.AnyAsync(f => f.Id == facilityId && f.SupplierId == upstreamId, ct))
            return Problems.Invalid("upstreamFacilityId", $"'{facilityId}' is not a facility of the upstream supplier.");

        await WriteLock.WaitAsync(ct);
        try
        {
            var existing = await db.SupplyLinks.FirstOrDefaultAsync(l => l.DownstreamSupplierId == id && l.UpstreamSupplierId == upstreamId && l.Material == material, ct);
            var now = time.GetUtcNow();
            if (existing is not null)
            {
                if (existing.SharePercent == share && existing.UpstreamFacilityId == request.UpstreamFacilityId) return TypedResults.Ok(SupplyLinkResponse.From(existing));
                existing.SharePercent = share;
                existing.UpstreamFacilityId = request.UpstreamFacilityId;
                db.Publish(LinkAdded(existing, user.UserId(), now));
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(SupplyLinkResponse.From(existing));
            }

            if (await FindPathAsync(db, from: id, to: upstreamId, ct) is { } loop)
                return Problems.Conflict("This link would close a cycle in the supply chain.",
                    $"{upstreamId} is already downstream of {id}, so it cannot also supply it.",
                    new Dictionary<string, object?> { ["cycle"] = loop });

            var link = new SupplyLink
            {
                Id = Guid.CreateVersion7(now), UpstreamSupplierId = upstreamId, DownstreamSupplierId = id, Material = material!,
                SharePercent = share, UpstreamFacilityId = request.UpstreamFacilityId, CreatedAt = now, CreatedBy = user.UserId(),
            };
            db.SupplyLinks.Add(link);
            db.Publish(LinkAdded(link, user.UserId(), now));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/suppliers/{id}/upstream", SupplyLinkResponse.From(link));
        }
        finally
        {
            WriteLock.Release();
        }
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, Guid upstreamId, [FromQuery] string? material, RegistryDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
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
        var now = time.GetUtcNow();
        foreach (var link in links)
        {
            db.SupplyLinks.Remove(link);
            db.Publish(new SupplyLinkRemoved
            {
                LinkId = link.Id, UpstreamSupplierId = link.UpstreamSupplierId, DownstreamSupplierId = link.DownstreamSupplierId,
                Material = link.Material, By = user.UserId(), OccurredAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static SupplyLinkAdded LinkAdded(SupplyLink l, string by, DateTimeOffset now) => new()
    {
        LinkId = l.Id, UpstreamSupplierId = l.UpstreamSupplierId, DownstreamSupplierId = l.DownstreamSupplierId, Material = l.Material,
        SharePercent = l.SharePercent, UpstreamFacilityId = l.UpstreamFacilityId, By = by, OccurredAt = now,
    };

    /// <summary>Walks downstream from <paramref name="from"/>, level by level; returns the path to <paramref name="to"/> if there is one.</summary>
    static async Task<IReadOnlyList<Guid>?> FindPathAsync(RegistryDbContext db, Guid from, Guid to, CancellationToken ct)
    {
        if (from == to) return [from];
        var parent = new Dictionary<Guid, Guid> { [from] = Guid.Empty };
        var frontier = new List<Guid> { from };
        while (frontier.Count > 0)
        {
            var edges = await db.SupplyLinks.AsNoTracking().Where(l => frontier.Contains(l.UpstreamSupplierId))
                .Select(l => new { l.UpstreamSupplierId, l.DownstreamSupplierId }).Distinct().ToListAsync(ct);
            frontier = [];
            foreach (var e in edges)
            {
                if (!parent.TryAdd(e.DownstreamSupplierId, e.UpstreamSupplierId)) continue;
                if (e.DownstreamSupplierId == to)
                {
                    var path = new List<Guid>();
                    for (var n = to; n != Guid.Empty; n = parent[n]) path.Add(n);
                    path.Reverse();
                    return path;
                }
                frontier.Add(e.DownstreamSupplierId);
            }
        }
        return null;
    }
}
